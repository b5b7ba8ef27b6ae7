-- The staff dashboard counts a tenant's new customers per day (stats/DashboardStatistics via
-- customer/CustomerSignups). Without this index the only index leading with tenant_id is the primary key: EXPLAIN on
-- 1,000,000 customers of 200 tenants (one with 100,000, sign-ups interleaved over two years) read all 100,000 rows of
-- the tenant on every page of the table (11,364 pages, 224 ms for one week); with it, 914 rows on 105 pages, 1 ms.
create index customer_created_idx on customer (tenant_id, created_at);
