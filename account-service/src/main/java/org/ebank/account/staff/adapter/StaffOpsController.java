package org.ebank.account.staff.adapter;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.ebank.account.card.domain.Region;
import org.ebank.account.customer.domain.PhoneNumber;
import org.ebank.account.staff.application.StaffDirectory;
import org.ebank.account.staff.application.StaffOutcome;
import org.ebank.account.staff.domain.Branch;
import org.ebank.account.staff.domain.StaffMember;
import org.ebank.account.web.AccountProblems;
import org.ebank.account.web.Fields;
import org.ebank.contracts.account.StaffRole;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.NameInput;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The directory of branches and staff: every staff member reads it, administrators change it. A staff member's
 * activation code goes to their own phone; the answer says only where.
 */
@RestController
class StaffOpsController {

    private final StaffDirectory directory;

    StaffOpsController(StaffDirectory directory) {
        this.directory = directory;
    }

    @Operation(operationId = "openBranch", summary = "Open a branch (administrators)")
    @Refusals({"branch-exists", "unknown-branch"})
    @PostMapping("/api/v1/ops/branches")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<BranchView> openBranch(@Valid @RequestBody NewBranch request) {
        return administrator().then(Mono.defer(() -> directory.openBranch(request.toBranch()))).map(outcome -> {
            if (outcome instanceof StaffOutcome.Exists) {
                throw new ApiException(AccountProblems.BRANCH_EXISTS, new Text("该网点代码已被使用", "A branch of this code exists already"),
                        Map.of("code", request.code()));
            }
            if (outcome instanceof StaffOutcome.UnknownBranch unknown) {
                throw unknownBranch("parentCode", unknown.code());
            }
            return BranchView.of(((StaffOutcome.BranchOpened) outcome).branch());
        });
    }

    @Operation(operationId = "listBranches", summary = "The bank's branches")
    @GetMapping("/api/v1/ops/branches")
    Mono<List<BranchView>> branches() {
        return directory.branches().map(BranchView::of).collectList();
    }

    @Operation(operationId = "listBranchStaff", summary = "A branch's staff (phones masked)")
    @GetMapping("/api/v1/ops/branches/{code}/staff")
    Mono<List<StaffView>> staffOf(@PathVariable String code) {
        return directory.branch(code)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND, new Text("网点不存在", "No such branch"))))
                .flatMap(branch -> directory.staffOf(branch.code()).map(StaffView::of).collectList());
    }

    /** A branch manager or an administrator waits for a second administrator ({@code AWAITING_CONFIRMATION}); the others get their code now. */
    @Operation(operationId = "enrolStaff", summary = "Enrol a staff member at a branch (administrators); their activation code goes to their phone")
    @Refusals({"staff-exists", "unknown-branch"})
    @PostMapping("/api/v1/ops/staff")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ActivationSent> enrol(@Valid @RequestBody NewStaff request) {
        return administrator().flatMap(admin -> directory.enrol(request.toMember(), admin.subject())).map(outcome -> {
            if (outcome instanceof StaffOutcome.Exists) {
                throw new ApiException(AccountProblems.STAFF_EXISTS, new Text("该员工号或手机号已被使用（员工号也不能是系统账户名）",
                        "The staff code or the phone is taken (a staff code is no system account's name either)"), Map.of("code", request.code()));
            }
            if (outcome instanceof StaffOutcome.UnknownBranch unknown) {
                throw unknownBranch("branchCode", unknown.code());
            }
            if (outcome instanceof StaffOutcome.AwaitingConfirmation awaiting) {
                return ActivationSent.awaiting(awaiting.member());
            }
            return ActivationSent.of(((StaffOutcome.ActivationSent) outcome).member());
        });
    }

    @Operation(operationId = "listStaffAwaitingConfirmation", summary = "Branch managers and administrators waiting for a second administrator")
    @GetMapping("/api/v1/ops/staff/awaiting-confirmation")
    Mono<List<StaffView>> awaitingConfirmation() {
        return administrator().thenMany(Flux.defer(directory::awaitingConfirmation)).map(StaffView::of).collectList();
    }

    @Operation(operationId = "confirmStaffEnrolment", summary = "Confirm a branch manager's or an administrator's enrolment (a second administrator)")
    @Refusals({"second-administrator-required"})
    @PostMapping("/api/v1/ops/staff/{code}/confirmation")
    Mono<ActivationSent> confirm(@PathVariable String code) {
        return administrator().flatMap(admin -> directory.confirmEnrolment(code, admin.subject())).map(outcome -> {
            if (outcome instanceof StaffOutcome.ActivationSent sent) {
                return ActivationSent.of(sent.member());
            }
            if (outcome instanceof StaffOutcome.OwnEnrolment) {
                throw new ApiException(AccountProblems.SECOND_ADMINISTRATOR_REQUIRED, new Text("不能确认本人登记的网点负责人或系统管理员",
                        "You cannot confirm a branch manager or an administrator you enrolled yourself"));
            }
            throw new ApiException(CommonProblems.NOT_FOUND, new Text("没有待确认的该员工", "No such staff member waits for confirmation"));
        });
    }

    @Operation(operationId = "resetStaffLogin", summary = "Start a staff member's login over (administrators): a new activation code to their phone")
    @PostMapping("/api/v1/ops/staff/{code}/reset")
    Mono<ActivationSent> reset(@PathVariable String code) {
        return administrator().then(Mono.defer(() -> directory.startOver(code))).map(outcome -> {
            if (outcome instanceof StaffOutcome.ActivationSent sent) {
                return ActivationSent.of(sent.member());
            }
            throw new ApiException(CommonProblems.NOT_FOUND, new Text("员工不存在或已离职", "No such staff member, or they left"));
        });
    }

    @Operation(operationId = "recordStaffDeparture", summary = "A staff member left the bank (administrators): they sign in no more")
    @PostMapping("/api/v1/ops/staff/{code}/departure")
    Mono<Departed> leave(@PathVariable String code) {
        return administrator().then(Mono.defer(() -> directory.leave(code))).map(outcome -> {
            if (outcome instanceof StaffOutcome.Left left) {
                return new Departed(left.member().code(), left.member().branchCode(), "LEFT");
            }
            throw new ApiException(CommonProblems.NOT_FOUND, new Text("员工不存在或已离职", "No such staff member, or they left already"));
        });
    }

    record Departed(String code, String branchCode, String status) {
    }

    private static Mono<Caller> administrator() {
        return Caller.current().filter(caller -> caller.has(Caller.STAFF_ADMIN))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("只有系统管理员可以维护网点和员工", "Only an administrator keeps the directory of branches and staff"))));
    }

    private static ApiException unknownBranch(String field, String code) {
        return new ApiException(AccountProblems.UNKNOWN_BRANCH, new Text("网点不存在", "No such branch"), Map.of(field, code));
    }

    record NewBranch(@NotBlank @Size(max = 12) String code,
                     @NotBlank @Size(max = Branch.MAX_NAME_LENGTH) @Pattern(regexp = Branch.NAME_PATTERN) String name,
                     @NotBlank @Size(max = 6) String region, @Size(max = 12) String parentCode) {

        Branch toBranch() {
            Region home = Fields.parse("region", () -> new Region(region),
                    new Text("地区代码应为6位行政区划代码，如 440100", "The region is a 6-digit division code, e.g. 440100"));
            return Fields.parse("code", () -> new Branch(code, name, home, parentCode),
                    new Text("网点代码为4至12位数字，且不能隶属于自身", "A branch code is 4 to 12 digits, and a branch does not report to itself"));
        }
    }

    record NewStaff(@NotBlank @Size(max = 32) @Pattern(regexp = StaffMember.CODE_PATTERN) String code,
                    @NotBlank @Size(max = Branch.MAX_NAME_LENGTH) @Pattern(regexp = NameInput.PATTERN) String name,
                    @NotBlank @Size(max = 12) String branchCode, @NotNull StaffRole role, @NotBlank @Size(max = 11) String phone) {

        StaffMember toMember() {
            PhoneNumber mobile = Fields.parse("phone", () -> new PhoneNumber(phone), new Text("手机号码无效", "The mobile number is not valid"));
            return new StaffMember(code, name, branchCode, role, mobile);
        }
    }

    record BranchView(String code, String name, String region, String parentCode) {

        static BranchView of(Branch branch) {
            return new BranchView(branch.code(), branch.name(), branch.region().code(), branch.parentCode());
        }
    }

    record StaffView(String code, String name, String branchCode, StaffRole role, String phone) {

        static StaffView of(StaffMember member) {
            return new StaffView(member.code(), member.name(), member.branchCode(), member.role(), member.phone().masked());
        }
    }

    /** Where the activation code went: the phone masked, never the code; none yet while a second administrator is awaited. */
    record ActivationSent(String code, String branchCode, StaffRole role, String status, String activationSentTo) {

        static ActivationSent of(StaffMember member) {
            return new ActivationSent(member.code(), member.branchCode(), member.role(), "ACTIVATION_SENT", member.phone().masked());
        }

        static ActivationSent awaiting(StaffMember member) {
            return new ActivationSent(member.code(), member.branchCode(), member.role(), "AWAITING_CONFIRMATION", null);
        }
    }
}
