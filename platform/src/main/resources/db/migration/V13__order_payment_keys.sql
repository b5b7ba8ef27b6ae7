-- Payments meet orders: the money tables point at the order they belong to, within the same tenant (V12 left
-- these keys out because service_order came with the order module, built in parallel).
--
-- payment and refund_request already have an index starting with (tenant_id, order_id) (payment_order_idx,
-- refund_request_order_idx); refund gets one, so deleting or re-keying an order does not scan every refund.

create index refund_order_idx on refund (tenant_id, order_id);

alter table payment
    add constraint payment_order_fk foreign key (tenant_id, order_id) references service_order (tenant_id, id);

alter table refund_request
    add constraint refund_request_order_fk foreign key (tenant_id, order_id) references service_order (tenant_id, id);

alter table refund
    add constraint refund_order_fk foreign key (tenant_id, order_id) references service_order (tenant_id, id);
