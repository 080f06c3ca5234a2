-- The organisation, rating scale and staff the scale-out and resilience scripts log in as (tokens name the
-- organisation "scale-org"; membership lets editors assign claims).
insert into organisation (slug, name, approvals_required, panel_size, min_evidence, min_distinct_publishers)
values ('scale-org', 'Scale-out Checks', 1, 2, 2, 2);
insert into rating (organisation_id, code, label, numeric_value, position, colour)
select o.id, r.code, r.label, r.value, r.pos, '#555555' from organisation o
cross join (values ('true', 'True', 1, 0), ('false', 'False', 0, 1)) r(code, label, value, pos)
where o.slug = 'scale-org';
insert into organisation_member (organisation_id, username, display_name)
select o.id, u, initcap(u) from organisation o
cross join unnest(array['reviewer1', 'reviewer2', 'editor1', 'editor2', 'admin1']) u
where o.slug = 'scale-org';
