package gxq.health.gate;

/** A gate device authenticated by its request signature, bound to one checkpoint. */
record DevicePrincipal(long deviceId, String appId, long checkpointId) {
}
