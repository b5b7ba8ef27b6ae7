-- Foundation: extensions every later migration may rely on.
-- btree_gist lets an exclusion constraint mix equality (tenant_id, worker_id) with range overlap
-- (the no-double-booking rule of worker_booking, DESIGN.md §5).
CREATE EXTENSION IF NOT EXISTS btree_gist;
