/**
 * On-site inspections (现场检查) of a zone's enterprises, their findings and the follow-up of rectification, inside
 * the resumption module. See {@code docs/resumption-inspection.md}.
 */
package gxq.resumption.inspection;
