-- The KPI read model and the staff incentives moved to insight-service, which rebuilds the KPI facts from the topics.
-- The facts go; the incentive approvals (not facts: the maker's and the checker's decisions) stay here until an
-- existing installation has copied them to insight-service's database (README, "Upgrading"), and go with a later
-- version.
drop table kpi_customer, kpi_account, kpi_home, kpi_branch, kpi_balance, kpi_settlement_posting, kpi_atm, kpi_enrolment,
    kpi_staff, kpi_activity, kpi_transaction, kpi_fee;
delete from processed_event where consumer = 'kpis';
