/*
 * Keeps what staff type into the desk's long forms (marked data-draft): a copy in this browser on every
 * keystroke, and on the server (POST to data-draft-url with the form's CSRF token) every few seconds and on every
 * change. When the login has expired, the server copy cannot be written and a submit is answered with a new
 * login; the browser copy is kept, and after the login the form is filled from it if it is newer than the
 * server's draft. Everything works without this script; it only keeps text that would otherwise be lost.
 */
(function () {
  'use strict';

  var PREFIX = 'factdesk-draft:';
  var INTERVAL = 5000;
  var KEEP_LOCAL = 7 * 24 * 3600 * 1000;

  function clock(millis) {
    return new Date(millis).toISOString().substring(11, 16) + ' UTC';
  }

  function values(form) {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.type === 'hidden' || field.type === 'submit' || field.type === 'button'
          || field.type === 'file') {
        return;
      }
      if (field.type === 'checkbox' || field.type === 'radio') {
        data[field.name] = field.checked ? field.value : '';
      } else {
        data[field.name] = field.value;
      }
    });
    return data;
  }

  function fill(form, data) {
    Object.keys(data).forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (!field || field.type === 'hidden') {
        return;
      }
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = data[name] !== '';
      } else {
        field.value = data[name];
      }
    });
  }

  function read(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key));
    } catch (e) {
      return null;
    }
  }

  function write(key, entry) {
    try {
      window.localStorage.setItem(key, JSON.stringify(entry));
    } catch (e) {
      // Storage full or turned off: the server copy still works.
    }
  }

  function forgetOld() {
    try {
      for (var i = window.localStorage.length - 1; i >= 0; i--) {
        var key = window.localStorage.key(i);
        var entry = key && key.indexOf(PREFIX) === 0 ? read(key) : null;
        if (key && key.indexOf(PREFIX) === 0 && (!entry || Date.now() - entry.savedAt > KEEP_LOCAL)) {
          window.localStorage.removeItem(key);
        }
      }
    } catch (e) {
      // Nothing kept, nothing to forget.
    }
  }

  function forgetAll() {
    try {
      for (var i = window.localStorage.length - 1; i >= 0; i--) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf(PREFIX) === 0) {
          window.localStorage.removeItem(key);
        }
      }
    } catch (e) {
      // Nothing kept.
    }
  }

  function setUp(form) {
    var key = PREFIX + form.getAttribute('data-draft-key');
    var version = form.elements.namedItem('version') ? form.elements.namedItem('version').value : '';
    var serverSavedAt = Number(form.getAttribute('data-draft-saved-at')) || 0;
    var notice = form.querySelector('[data-draft-notice]');
    var status = form.querySelector('[data-draft-status]');
    var lastSent = JSON.stringify(values(form));
    var sending = false;

    function keepHere() {
      write(key, { version: version, savedAt: Date.now(), fields: values(form) });
    }

    function say(element, text) {
      if (element) {
        element.textContent = text;
        element.hidden = false;
      }
    }

    var kept = read(key);
    if (kept && kept.version === version && kept.savedAt > serverSavedAt
        && JSON.stringify(kept.fields) !== lastSent) {
      fill(form, kept.fields);
      say(notice, form.getAttribute('data-draft-restored').replace('HH:MM', clock(kept.savedAt)));
    }

    function send() {
      var now = values(form);
      var text = JSON.stringify(now);
      if (sending || text === lastSent) {
        return;
      }
      sending = true;
      var body = new URLSearchParams(new FormData(form));
      body.set('draft-form', form.getAttribute('data-draft'));
      window.fetch(form.getAttribute('data-draft-url'), {
        method: 'POST',
        body: body,
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { 'X-Requested-With': 'JavaScript' }
      }).then(function (response) {
        if (response.status === 204) {
          lastSent = text;
          say(status, form.getAttribute('data-draft-saved').replace('HH:MM', clock(Date.now())));
        } else {
          say(status, form.getAttribute('data-draft-offline'));
        }
      }, function () {
        say(status, form.getAttribute('data-draft-offline'));
      }).then(function () {
        sending = false;
      });
    }

    form.addEventListener('input', keepHere);
    form.addEventListener('change', function () {
      keepHere();
      send();
    });
    form.addEventListener('submit', keepHere);
    window.setInterval(send, INTERVAL);
    if (JSON.stringify(values(form)) !== lastSent) {
      send();
    }
  }

  function start() {
    forgetOld();
    Array.prototype.forEach.call(document.querySelectorAll('form[data-draft]'), setUp);
    Array.prototype.forEach.call(document.querySelectorAll('form[action="/logout"]'), function (form) {
      form.addEventListener('submit', forgetAll);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
