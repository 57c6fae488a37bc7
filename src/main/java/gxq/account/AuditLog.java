package gxq.account;

/** Append-only audit trail. The actor and client address are taken from the current request. */
public interface AuditLog {

    void record(AuditEntry entry);
}
