package io.factdesk.verification.staff;

/**
 * Fired inside the transaction that records an invitation, so whatever tells the invitee is written with it (or
 * not at all).
 *
 * @param organisation the inviting organisation's display name
 * @param login the invited login name or e-mail address, as stored
 * @param roles the roles the invitation grants, in words the invitee reads (e.g. "reviewer, editor")
 * @param invitedBy the name of the admin who invited, as staff see it
 * @param language the organisation's default language ("en", "uk"), which the invitee is addressed in
 */
public record StaffInvited(String organisation, String login, String roles, String invitedBy, String language) {

    /** Whether the invitation names an e-mail address (rather than a login name), so it can be mailed. */
    public boolean byEmail() {
        int at = login.indexOf('@');
        return at > 0 && at == login.lastIndexOf('@') && login.indexOf('.', at) > at + 1;
    }
}
