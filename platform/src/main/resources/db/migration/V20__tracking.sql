-- Live tracking (tracking/PositionReports): every position a worker reports looks up the orders that worker is on
-- the way to. Few orders are DEPARTED at any time, so a small partial index answers it without scanning the
-- worker's order history.
create index service_order_departed_idx on service_order (tenant_id, worker_id) where status = 'DEPARTED';
