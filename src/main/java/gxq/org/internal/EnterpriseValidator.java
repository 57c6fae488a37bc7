package gxq.org.internal;

import java.util.ArrayList;
import java.util.List;

import gxq.common.validation.MobileNumber;
import gxq.common.validation.Uscc;
import gxq.common.web.FieldProblem;
import gxq.org.Industry;
import gxq.org.SizeBand;

/** Checks an enterprise form field by field and normalises what passes. No database access. */
final class EnterpriseValidator {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 300;
    static final int MAX_PERSON = 64;
    static final int MAX_STAFF = 10_000_000;

    private EnterpriseValidator() {
    }

    /** The outcome: {@code data} is null exactly when there are problems. */
    record Result(EnterpriseData data, List<FieldProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param mobileRequired true when registering; on edit a blank mobile keeps the stored number
     */
    static Result validate(EnterpriseForm f, boolean mobileRequired) {
        List<FieldProblem> problems = new ArrayList<>();

        String name = clean(f.getName());
        if (name == null) {
            problems.add(new FieldProblem("name", "org.enterprise.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "org.enterprise.name.tooLong", MAX_NAME));
        }

        String uscc = Uscc.normalize(f.getUscc());
        if (uscc == null || uscc.isEmpty()) {
            problems.add(new FieldProblem("uscc", "org.enterprise.uscc.required"));
        } else {
            Uscc.problem(uscc).ifPresent(key -> problems.add(new FieldProblem("uscc", key)));
        }

        Industry industry = Industry.parse(f.getIndustry());
        if (industry == null) {
            problems.add(new FieldProblem("industry", "org.enterprise.industry.required"));
        }
        SizeBand size = SizeBand.parse(f.getSizeBand());
        if (size == null) {
            problems.add(new FieldProblem("sizeBand", "org.enterprise.sizeBand.required"));
        }

        String address = clean(f.getAddress());
        if (address != null && address.length() > MAX_ADDRESS) {
            problems.add(new FieldProblem("address", "org.enterprise.address.tooLong", MAX_ADDRESS));
        }

        String contactName = clean(f.getContactName());
        if (contactName == null) {
            problems.add(new FieldProblem("contactName", "org.enterprise.contactName.required"));
        } else if (contactName.length() > MAX_PERSON) {
            problems.add(new FieldProblem("contactName", "org.enterprise.contactName.tooLong", MAX_PERSON));
        }

        String mobile = clean(f.getContactMobile());
        if (mobile == null) {
            if (mobileRequired) {
                problems.add(new FieldProblem("contactMobile", "org.enterprise.contactMobile.required"));
            }
        } else {
            mobile = MobileNumber.normalize(mobile);
            if (!MobileNumber.isValid(mobile)) {
                problems.add(new FieldProblem("contactMobile", "gxq.validation.mobile"));
            }
        }

        Integer staff = null;
        String staffText = clean(f.getStaffCount());
        if (staffText != null) {
            try {
                staff = Integer.valueOf(staffText.replace(",", "").replace("，", ""));
                if (staff < 0 || staff > MAX_STAFF) {
                    problems.add(new FieldProblem("staffCount", "org.enterprise.staffCount.invalid", MAX_STAFF));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("staffCount", "org.enterprise.staffCount.invalid", MAX_STAFF));
            }
        }

        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new EnterpriseData(name, uscc, industry, size, f.isAboveScale(), f.isHighTech(),
                f.isTechSme(), address, contactName, mobile, staff), List.of());
    }

    /**
     * The optional (zone registration) or required (self-registration) enterprise-admin account. Username format,
     * password rules and phone are checked again by {@code Accounts.open}; here only what the form itself demands.
     */
    static List<FieldProblem> validateAdmin(EnterpriseForm f, boolean required, boolean withPassword) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!required && !f.wantsAdminAccount()) {
            return problems;
        }
        String username = clean(f.getAdminUsername());
        if (username == null || !username.matches("[A-Za-z0-9_.@-]{3,64}")) {
            problems.add(new FieldProblem("adminUsername", "account.username.invalid"));
        }
        String name = clean(f.getAdminName());
        if (name == null || name.length() > MAX_PERSON) {
            problems.add(new FieldProblem("adminName", "account.displayName.required"));
        }
        String mobile = clean(f.getAdminMobile());
        if (mobile == null) {
            if (required) {
                problems.add(new FieldProblem("adminMobile", "org.enterprise.contactMobile.required"));
            }
        } else if (!MobileNumber.isValid(MobileNumber.normalize(mobile))) {
            problems.add(new FieldProblem("adminMobile", "gxq.validation.mobile"));
        }
        if (withPassword) {
            String password = f.getAdminPassword();
            if (password == null || password.isEmpty()) {
                problems.add(new FieldProblem("adminPassword", "org.register.password.required"));
            } else if (!password.equals(f.getAdminPasswordConfirm())) {
                problems.add(new FieldProblem("adminPasswordConfirm", "account.password.mismatch"));
            }
        }
        return problems;
    }

    /** Trims and collapses inner runs of white space; blank becomes null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("[\\s\\u3000]+", " ");
        return t.isEmpty() ? null : t;
    }
}
