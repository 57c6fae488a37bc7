package gxq.policy.centre;

import java.time.OffsetDateTime;

/** 政策解读: an article about one policy; a draft is private to the policy's tenant like the policy's draft. */
record Interpretation(long id, long policyId, String title, String source, String body, PolicyState state,
        OffsetDateTime publishedAt, int version) {
}
