package gxq.exchange.notice;

import static gxq.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import gxq.account.GxqUser;
import gxq.testing.Fixtures;
import gxq.testing.IntegrationTest;

/** The receipts of a notice as .xlsx: one row per target zone, read or not, first reader; the export is audited. */
@IntegrationTest
@Tag("db")
class NoticeExportTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient db;

    @Test
    void receiptsAreExportedPerTargetZone() throws Exception {
        NoticeTestSupport t = new NoticeTestSupport(mvc, db);
        GxqUser ministry = fixtures.ministry();
        GxqUser reader = fixtures.zoneStaff(98);
        String title = "导出回执" + Fixtures.next();
        long id = t.sent(ministry, title, "IMPORTANT", 98, 99);
        mvc.perform(get("/notices/" + id).with(as(reader))).andExpect(status().isOk());
        t.act(reader, id, "ack").andExpect(status().is3xxRedirection());

        List<List<String>> rows = rows(mvc.perform(get("/notices/" + id + "/receipts.xlsx").with(as(ministry)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(rows.get(0).get(0)).isEqualTo(title);
        assertThat(rows.get(2)).containsExactly("省份", "高新区", "是否已读", "首位阅读人", "首次阅读时间", "阅读人数", "确认收到时间");
        List<String> pingdingshan = rows.get(3);
        assertThat(pingdingshan.subList(0, 4)).containsExactly("河南省", "平顶山高新技术产业开发区", "已读", reader.displayName());
        assertThat(pingdingshan.get(4)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(pingdingshan.get(5)).isEqualTo("1");
        assertThat(pingdingshan.get(6)).isNotEmpty();
        assertThat(rows.get(4).subList(0, 4)).containsExactly("河南省", "焦作高新技术产业开发区", "未读", "");
        assertThat(rows.get(6)).containsExactly("合计", "1/2 个园区已读，共 1 人阅读");
        assertThat(t.audits("NOTICE_RECEIPTS_EXPORT", id)).isEqualTo(1);

        List<List<String>> unread = rows(mvc.perform(get("/notices/" + id + "/receipts.xlsx").param("unread", "1")
                .with(as(ministry))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(unread.get(3).get(1)).isEqualTo("焦作高新技术产业开发区");
        assertThat(unread.get(4)).isEmpty();
    }

    @Test
    void aDraftHasNoReceipts() throws Exception {
        NoticeTestSupport t = new NoticeTestSupport(mvc, db);
        GxqUser ministry = fixtures.ministry();
        long draft = t.draft(ministry, "草稿无回执" + Fixtures.next(), "zones", "98");
        mvc.perform(get("/notices/" + draft + "/receipts.xlsx").with(as(ministry))).andExpect(status().isNotFound());
        mvc.perform(get("/notices/" + draft + "/receipts").with(as(ministry))).andExpect(status().isNotFound());
    }

    private static List<List<String>> rows(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("阅读回执");
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        var cell = row.getCell(c);
                        cells.add(cell == null ? "" : switch (cell.getCellType()) {
                            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                            default -> cell.getStringCellValue();
                        });
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
