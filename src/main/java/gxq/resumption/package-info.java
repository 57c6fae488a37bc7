/**
 * Resumption of work (复工复产): the zone's resumption and prevention plan in published versions with read receipts per
 * enterprise, the prevention checklist (national items of 国发明电〔2020〕4号 plus the zone's own) and daily
 * resumption reports of enterprises with the zone's sums. Public API:
 * {@link gxq.resumption.Checklists}, {@link gxq.resumption.ChecklistItem}, {@link gxq.resumption.ResumptionStates},
 * {@link gxq.resumption.ResumptionFigures} (a zone's indicators for reports).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resumption")
package gxq.resumption;
