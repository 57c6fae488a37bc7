package gxq.region.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The import template, for whoever may use the import page (ministry and zone admins). */
@Controller
@RequestMapping("/risk-levels")
@PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN')")
class RiskTemplateController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GetMapping("/template.xlsx")
    @PreAuthorize("hasAnyRole('MINISTRY_ADMIN','ZONE_ADMIN')")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("风险地区导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .body(RiskTemplate.bytes());
    }
}
