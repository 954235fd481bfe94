-- One database per service.
create database account;
create database transfer;
create database wealth;
create database notification;
create database corporate;
create database insight;
create database payment;
