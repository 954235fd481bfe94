-- An enterprise belongs to the branch of the staff member who registered it: requests about its administrator are made
-- there. One registered before belongs to the branch that enrolled its administrator, if one did; the others to none,
-- and any branch may ask for them, as before.
alter table enterprise add column branch_code text;
update enterprise e set branch_code = r.branch_code
from administrator_request r
where r.enterprise_id = e.id and r.kind = 'ENROLMENT' and r.status = 'CONFIRMED';

-- A request about an administrator can be withdrawn by the staff member who made it or by a manager of the branch;
-- confirmed_by then names who withdrew it (the staff member who closed the request, either way).
alter table administrator_request drop constraint administrator_request_status_check;
alter table administrator_request add constraint administrator_request_status_check
    check (status in ('PENDING', 'CONFIRMED', 'REFUSED', 'WITHDRAWN'));
