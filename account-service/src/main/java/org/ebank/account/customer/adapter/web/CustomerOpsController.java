package org.ebank.account.customer.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.ebank.account.customer.application.RegisterCustomer;
import org.ebank.account.customer.application.RegisterCustomerCommand;
import org.ebank.account.customer.application.RegistrationOutcome;
import org.ebank.account.customer.domain.Customer;
import org.ebank.account.customer.domain.PhoneNumber;
import org.ebank.account.customer.domain.ResidentIdNumber;
import org.ebank.account.web.AccountProblems;
import org.ebank.account.web.Fields;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.NameInput;
import org.ebank.platform.problem.Text;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Staff register customers. */
@RestController
class CustomerOpsController {

    private final RegisterCustomer registerCustomer;

    CustomerOpsController(RegisterCustomer registerCustomer) {
        this.registerCustomer = registerCustomer;
    }

    @Operation(operationId = "registerCustomer", summary = "Register a customer")
    @Refusals({"customer-exists"})
    @PostMapping("/api/v1/ops/customers")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CustomerCreated> register(@Valid @RequestBody NewCustomer request) {
        return registerCustomer.register(request.toCommand()).map(CustomerOpsController::respond);
    }

    private static CustomerCreated respond(RegistrationOutcome outcome) {
        if (outcome instanceof RegistrationOutcome.AlreadyRegistered existing) {
            throw new ApiException(AccountProblems.CUSTOMER_EXISTS,
                    new Text("该身份证号码已登记为本行客户", "A customer with this resident id number exists already"),
                    Map.of("customerId", existing.existing().value()));
        }
        return new CustomerCreated(((RegistrationOutcome.Registered) outcome).customer().id().value());
    }

    record NewCustomer(
            @NotBlank @Size(max = Customer.MAX_NAME_LENGTH) @Pattern(regexp = NameInput.PATTERN) String name,
            @NotBlank @Size(max = 18) String idNumber,
            @NotBlank @Size(max = 11) String phone,
            @NotNull LocalDate birthDate) {

        RegisterCustomerCommand toCommand() {
            ResidentIdNumber residentId = Fields.parse("idNumber", () -> new ResidentIdNumber(idNumber),
                    new Text("身份证号码无效（18位，校验位须正确）", "The resident id number is not valid (18 characters with a correct check digit)"));
            PhoneNumber mobile = Fields.parse("phone", () -> new PhoneNumber(phone),
                    new Text("手机号码无效", "The mobile number is not valid"));
            return Fields.parse("birthDate", () -> new RegisterCustomerCommand(name, residentId, mobile, birthDate),
                    new Text("出生日期与身份证号码不符", "The birth date does not match the resident id number"));
        }
    }

    record CustomerCreated(String customerId) {
    }
}
