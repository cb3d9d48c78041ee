package vn.tdkt.plan;

import java.util.List;
import java.util.Map;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.Signature;

/** Bản giao ước thi đua between the units of a block: the parties, the commitments, one signature per party. */
public final class PledgeForm {
    private PledgeForm() {
    }

    public record Data(Pledge pledge, Block block, Map<String, String> unitNames) {
    }

    public static Document build(Issuer issuer, Data data) {
        Pledge pledge = data.pledge();
        List<String> parties = pledge.partyUnitIds().stream().map(id -> data.unitNames().getOrDefault(id, id)).toList();
        Signature[] signatures = parties.stream()
                .map(name -> new Signature("", "Đại diện " + name, "(Ký, ghi rõ họ và tên)", "")).toArray(Signature[]::new);
        return DocumentBuilder.issued("Giao ước thi đua - " + pledge.title(), issuer, null, pledge.signedOn())
                .title("Bản giao ước thi đua", pledge.title())
                .paragraph("Thực hiện Kế hoạch thi đua năm " + pledge.year() + " của " + issuer.unitName() + ", các đơn vị trong "
                        + data.block().name() + " gồm: " + String.join(", ", parties)
                        + " thống nhất ký kết giao ước thi đua với những nội dung sau:")
                .numbered(pledge.commitments())
                .paragraph("Các đơn vị cam kết tổ chức thực hiện nghiêm túc các nội dung đã giao ước; thường xuyên trao đổi, kiểm tra, "
                        + "giúp đỡ lẫn nhau; định kỳ sơ kết, tổng kết, báo cáo kết quả về cấp trên.")
                .closing(List.of(), signatures)
                .build();
    }
}
