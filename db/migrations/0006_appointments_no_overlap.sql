-- No resource (technician, engineer, therapist, room) can be booked twice for overlapping times:
-- enforced by PostgreSQL itself, so concurrent bookings of one slot cannot both succeed (DATA.md).
ALTER TABLE appointments ADD CONSTRAINT appointments_no_overlap
  EXCLUDE USING gist (resource_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
  WHERE (status <> 'cancelled');
