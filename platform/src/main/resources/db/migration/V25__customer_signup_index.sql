-- The staff dashboard counts a tenant's new customers per day (stats/DashboardStatistics via
-- customer/CustomerSignups): without this index that count reads every customer row of every tenant (the table's
-- only indexes lead with the phone hash or the WeChat openid). EXPLAIN on 1,000,000 customers in 200 tenants
-- (one with 100,000) and a 92-day range: see docs/architecture.md, "Staff statistics".
create index customer_created_idx on customer (tenant_id, created_at);
