/**
 * Health demo data (profile {@code demo} only, inside the health module and not exposed): after the demo generator of
 * {@code gxq.demo} has filled an empty database, {@link gxq.health.demo.DemoHealthData} adds a few days of
 * declarations, the colours, alerts and history the status engine derives from them, national city risk entries,
 * checkpoints, today's gate scans and one staff override — so that every health page shows something on first start.
 * {@code gxq.demo} knows nothing of it.
 */
package gxq.health.demo;
