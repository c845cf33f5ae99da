// Data: the laws procedures cite as their legal basis.

struct Law {
  let ref: String
  let title: Text
  let date: String?
}

let laws: [Law] = [
  Law(ref: "60/2014/QH13", title: Text("Luật Hộ tịch", "Law on Civil Status"), date: "2014-11-20"),
  Law(
    ref: "123/2015/NĐ-CP",
    title: Text(
      "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
      "Decree detailing certain articles of and measures to implement the Law on Civil Status"), date: "2015-11-15"),
  Law(ref: "68/2020/QH14", title: Text("Luật Cư trú", "Law on Residence"), date: "2020-11-13"),
  Law(ref: "26/2023/QH15", title: Text("Luật Căn cước", "Law on Identity"), date: "2023-11-27"),
  Law(
    ref: "49/2019/QH14",
    title: Text("Luật Xuất cảnh, nhập cảnh của công dân Việt Nam", "Law on Exit and Entry of Vietnamese Citizens"),
    date: "2019-11-22"),
  Law(
    ref: "36/2024/QH15",
    title: Text("Luật Trật tự, an toàn giao thông đường bộ", "Law on Road Traffic Order and Safety"), date: "2024-06-27"
  ),
  Law(
    ref: "79/2024/TT-BCA",
    title: Text(
      "Thông tư quy định về cấp, thu hồi chứng nhận đăng ký xe, biển số xe",
      "Circular on issuing and withdrawing vehicle registration certificates and number plates"), date: nil),
  Law(ref: "28/2009/QH12", title: Text("Luật Lý lịch tư pháp", "Law on Judicial Records"), date: "2009-06-17"),
  Law(ref: "31/2024/QH15", title: Text("Luật Đất đai", "Land Law"), date: "2024-01-18"),
  Law(
    ref: "101/2024/NĐ-CP",
    title: Text(
      "Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất",
      "Decree on basic land surveys, registration and land use certificates"), date: "2024-07-29"),
  Law(ref: "59/2020/QH14", title: Text("Luật Doanh nghiệp", "Law on Enterprises"), date: "2020-06-17"),
  Law(
    ref: "168/2025/NĐ-CP", title: Text("Nghị định về đăng ký doanh nghiệp", "Decree on enterprise registration"),
    date: nil),
  Law(ref: "41/2024/QH15", title: Text("Luật Bảo hiểm xã hội", "Law on Social Insurance"), date: "2024-06-29"),
  Law(ref: "38/2019/QH14", title: Text("Luật Quản lý thuế", "Law on Tax Administration"), date: "2019-06-13"),
  Law(
    ref: "86/2024/TT-BTC", title: Text("Thông tư quy định về đăng ký thuế", "Circular on tax registration"), date: nil),
  Law(
    ref: "20/2021/NĐ-CP",
    title: Text(
      "Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
      "Decree on social assistance policies for social protection beneficiaries"), date: "2021-03-15"),
  Law(
    ref: "23/2015/NĐ-CP",
    title: Text(
      "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký",
      "Decree on copies from master registers and on certifying copies and signatures"), date: "2015-02-16"),
  Law(
    ref: "61/2018/NĐ-CP",
    title: Text(
      "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
      "Decree on the one-stop and inter-agency one-stop mechanism"), date: "2018-04-23"),
  Law(
    ref: "45/2020/NĐ-CP",
    title: Text(
      "Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử",
      "Decree on administrative procedures by electronic means"), date: "2020-04-08"),
  Law(
    ref: "85/2019/TT-BTC",
    title: Text(
      "Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh",
      "Circular guiding fees and charges decided by provincial People's Councils"), date: nil),
  Law(
    ref: "104/2022/NĐ-CP",
    title: Text(
      "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp, xuất trình sổ hộ khẩu, sổ tạm trú giấy",
      "Decree amending decrees on submitting or showing paper household and temporary residence books"),
    date: "2022-12-21"),
]
/// Laws any procedure may cite: the one-stop mechanism, e-procedures, fees, household books.
let generalLaws = [17, 18, 19, 20]
