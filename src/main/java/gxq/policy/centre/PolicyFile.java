package gxq.policy.centre;

/** An attachment of a policy (PDF or image), without its bytes. */
record PolicyFile(long id, long policyId, String fileName, String contentType, int sizeBytes) {
}
