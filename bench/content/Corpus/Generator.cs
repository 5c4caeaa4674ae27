namespace Watchlist.Bench.Content.Corpus;

/// <summary>
/// The corpus: recruitment posts in Vietnamese and English written the way brokers write them (emojis, capitals, numbers
/// split by dots and spaces, "ib/inbox", Zalo), and negatives that name contacts too (ordinary job ads, real-estate ads,
/// posts quoting an embassy's hotline). Same seed, same corpus.
/// </summary>
public sealed class Generator(int seed)
{
    private readonly Contacts _c = new(new Random(seed));

    private static readonly string[] Emoji = ["🔥", "💰", "✈️", "📞", "👉", "✅", "❗", "💯", "🌟", "⚡", "🇰🇭", "🇯🇵", "💵", "📲", "👇"];
    private static readonly string[] Destinations = ["Campuchia", "Nhật Bản", "Đài Loan", "Hàn Quốc", "Lào", "Myanmar", "Dubai"];
    private static readonly string[] EnDestinations = ["Cambodia", "Dubai", "Laos", "Myanmar", "Thailand", "Malaysia"];

    public IEnumerable<LabelledPost> Posts(int recruitmentVi, int recruitmentEn, int negatives)
    {
        for (var i = 0; i < recruitmentVi; i++) yield return RecruitmentVi($"vi-{i:D4}");
        for (var i = 0; i < recruitmentEn; i++) yield return RecruitmentEn($"en-{i:D4}");
        for (var i = 0; i < negatives; i++)
            yield return (i % 3) switch { 0 => JobAd($"job-{i:D4}"), 1 => RealEstate($"estate-{i:D4}"), _ => Hotline($"hotline-{i:D4}") };
    }

    private string E() => _c.Pick(Emoji) + (_c.Chance(0.5) ? _c.Pick(Emoji) : "");

    private LabelledPost RecruitmentVi(string id)
    {
        var w = new Writer(id, "recruitment", "vi");
        var where = _c.Pick(Destinations);
        w.Add(E() + " " + _c.RandomCase("tuyển gấp") + $" {_c.Next(5, 60)} {_c.Pick((string[])["nam nữ", "NỮ", "lao động", "bạn trẻ"])} "
            + $"đi làm ở {where} {E()}\n");
        w.Add(_c.RandomCase("việc nhẹ lương cao") + $" {_c.Next(15, 30)}-{_c.Next(30, 60)} triệu/tháng, bao ăn ở, bao vé máy bay!!! "
            + $"Tuổi {_c.Next(18, 22)}-{_c.Next(30, 40)}, không cần kinh nghiệm, không cần bằng cấp, không cần hộ chiếu.\n");
        if (_c.Chance(0.4))
        {
            w.Organisation(_c.VietnameseCompany(capitals: _c.Chance(0.5)));
            w.Add(_c.Pick((string[])[" tuyển liên tục.\n", ", uy tín 10 năm.\n", " - bao đậu 100%.\n"]));
        }
        if (_c.Chance(0.2)) w.Add("Đối tác bên kia: ").Organisation(_c.EnglishCompanyName()).Add(" (Phnom Penh).\n");
        w.Add($"Xuất cảnh sau {_c.Next(3, 15)} ngày, làm 8h-17h, tăng ca x1.5. Lương 15.000.000đ trả ngày 01/{_c.Next(1, 13)}/2026.\n");
        Contact(w, vietnamese: true);
        if (_c.Chance(0.3)) w.Add(_c.Pick((string[])["Trân trọng,\n", "Trân trọng, "])).Name(_c.PersonFull()).Add("\n");
        w.Add(_c.Pick((string[])["#xkld #vieclam #luongcao", "Số lượng có hạn ❗❗", "Ai cần ib em nha 😍", ""]));
        return w.Post;
    }

    private LabelledPost RecruitmentEn(string id)
    {
        var w = new Writer(id, "recruitment", "en");
        w.Add($"{E()} URGENT HIRING {E()} {_c.Next(10, 80)} staff for {_c.Pick(EnDestinations)}! EASY JOB HIGH SALARY "
            + $"${_c.Next(8, 15)}00-${_c.Next(15, 30)}00/month 💵 free flight, free food & room. Age {_c.Next(18, 22)}-{_c.Next(30, 45)}, "
            + "no experience, no English needed.\n");
        if (_c.Chance(0.4)) w.Add("Employer: ").Organisation(_c.EnglishCompanyName()).Add(" (licensed).\n");
        w.Add($"Start on 12/{_c.Next(1, 28)}/2026, shift 9am-6pm, bonus 20%.\n");
        Contact(w, vietnamese: false);
        if (_c.Chance(0.3)) w.Add(_c.Pick((string[])["Contact Mr. ", "Call Ms ", "Contact: Mrs. "])).Name(_c.GivenName()).Add(" today.\n");
        w.Add(_c.Pick((string[])["DM now!!! 🔥", "Limited slots ❗", "inbox for details 👇", ""]));
        return w.Post;
    }

    /// <summary>Two to five ways of reaching the broker, in random order and form.</summary>
    private void Contact(Writer w, bool vietnamese)
    {
        var ways = Enumerable.Range(0, 11).OrderBy(_ => _c.Next(1000)).Take(_c.Next(2, 6)).ToList();
        w.Add(vietnamese ? _c.Pick((string[])["👉 Liên hệ ngay: ", "LH ", "Ib/inbox hoặc gọi ", "☎ ", "Zalo/SĐT: "])
            : _c.Pick((string[])["👉 Contact: ", "Call/WhatsApp ", "Inbox or call ", "☎ "]));
        foreach (var way in ways)
        {
            switch (way)
            {
                case 0 or 1:
                    var nsn = _c.Mobile("VN");
                    w.Phone(_c.WrittenVietnamese(nsn), "+84" + nsn).Add(_c.Pick((string[])[" (Zalo)", " (zalo/viber)", "", " ☎"]));
                    break;
                case 2:
                    var kh = _c.Mobile("KH");
                    w.Phone(_c.WrittenCambodian(kh), "+855" + kh).Add(vietnamese ? " (số bên Cam)" : " (Cambodia)");
                    break;
                case 3:
                    var vanity = _c.Vanity('.', _c.Next(2, 5));
                    var form = _c.Next(5);
                    var written = form switch
                    {
                        0 => $"fb.com/{vanity}",
                        1 => $"facebook.com/{vanity}",
                        2 => $"https://www.facebook.com/{vanity}",
                        3 => $"https://m.facebook.com/{vanity}/",
                        _ => $"FB.COM/{_c.RandomCase(vanity)}",
                    };
                    w.Add("Fb: ").Handle(written, "facebook", vanity);
                    break;
                case 4:
                    var id = _c.FacebookId();
                    w.Add("Facebook: ").Handle($"https://www.facebook.com/profile.php?id={id}", "facebook", id);
                    break;
                case 5:
                    var tg = _c.Vanity('_', _c.Next(2, 4));
                    if (_c.Chance(0.5)) w.Add("Tele: ").Handle($"t.me/{tg}", "telegram", tg);
                    else w.Add(_c.Pick((string[])["Telegram @", "Tele: @", "tg: @"])).Handle(tg, "telegram", tg);
                    break;
                case 6:
                    var zalo = _c.Mobile("VN");
                    w.Add("Zalo: ").Phone("", "+84" + zalo).Handle($"zalo.me/0{zalo}", "zalo", "0" + zalo);
                    break;
                case 7:
                    var wa = _c.Mobile("KH");
                    w.Add("WhatsApp ").Phone("", "+855" + wa).Handle($"wa.me/855{wa}", "whatsapp", "855" + wa);
                    break;
                case 8:
                    var local = _c.Vanity('.', 2);
                    var cased = _c.RandomCase(local);
                    w.Add("Email: ").Email(cased + "@" + _c.Pick((string[])["gmail.com", "yahoo.com", "Gmail.com", "hotmail.com"]));
                    break;
                case 9:
                    var domain = _c.Domain();
                    var path = _c.Pick((string[])["", "/dang-ky", "/tuyen-dung/campuchia", "/apply"]);
                    var siteForm = _c.Next(4);
                    var site = siteForm switch
                    {
                        0 => $"www.{domain}{path}",
                        1 => $"https://{domain}{path}",
                        2 => $"http://www.{domain}{path}?ref=fb",
                        _ => $"{_c.RandomCase(domain)}{path}",
                    };
                    w.Add("Web: ").Website(site, domain + path);
                    break;
                default:
                    var tiktok = _c.Vanity('.', 2);
                    w.Add("TikTok: ").Handle($"tiktok.com/@{tiktok}", "tiktok", tiktok);
                    break;
            }
            w.Add(_c.Pick((string[])[" hoặc ", " / ", ", ", " · ", "\n", " ", " 👉 ", " - ", " | ", "; "]));
        }
        w.Add("\n");
    }

    private LabelledPost JobAd(string id)
    {
        var vietnamese = _c.Chance(0.6);
        var w = new Writer(id, "job-ad", vietnamese ? "vi" : "en");
        var company = vietnamese ? _c.VietnameseCompany(capitals: false) : _c.EnglishCompanyName();
        var nsn = _c.Mobile("VN");
        if (vietnamese)
        {
            w.Organisation(company).Add($" tuyển {_c.Next(2, 10)} nhân viên kế toán tại TP.HCM (Q.7). Yêu cầu tốt nghiệp cao đẳng, "
                + $"lương 8-12 triệu, thưởng tháng 13, BHXH đầy đủ. Hạn nộp hồ sơ 15/12/2026.\nGửi CV về ");
            w.Email($"hr@{_c.Domain()}").Add(" hoặc gọi phòng nhân sự ").Phone(_c.WrittenVietnamese(nsn), "+84" + nsn).Add(".\n");
        }
        else
        {
            w.Add("We are hiring an accountant for our Hanoi office. ").Organisation(company)
                .Add($" offers 1,200-1,500 USD/month, 12 days of leave and insurance. Apply by 15/12/2026: send your CV to ");
            w.Email($"careers@{_c.Domain()}").Add(" or call ").Phone("+84 " + nsn[..2] + " " + nsn[2..5] + " " + nsn[5..], "+84" + nsn)
                .Add(".\n");
        }
        var domain = _c.Domain();
        w.Add(vietnamese ? "Chi tiết: " : "Details: ").Website($"https://{domain}/careers", domain + "/careers").Add("\n");
        return w.Post;
    }

    private LabelledPost RealEstate(string id)
    {
        var w = new Writer(id, "real-estate", "vi");
        var nsn = _c.Mobile("VN");
        w.Add($"🏡 BÁN NHÀ MẶT TIỀN Q.{_c.Next(1, 12)}, DT {_c.Next(50, 200)}m2, 1 trệt 2 lầu, sổ hồng chính chủ. "
            + $"Giá {_c.Next(2, 9)},{_c.Next(1, 9)} tỷ (thương lượng). Hẻm xe hơi 6m, cách chợ 200m.\n");
        w.Add(_c.Pick((string[])["LH chính chủ: ", "Hotline: ", "Gọi ngay "])).Phone(_c.WrittenVietnamese(nsn), "+84" + nsn);
        if (_c.Chance(0.5)) w.Add(" - ").Add("Anh ").Name(_c.GivenName());
        w.Add(". Mã tin 58" + _c.Next(100, 999) + ".\n");
        return w.Post;
    }

    private LabelledPost Hotline(string id)
    {
        var vietnamese = _c.Chance(0.7);
        var w = new Writer(id, "embassy-hotline", vietnamese ? "vi" : "en");
        var kh = _c.Mobile("KH");
        if (vietnamese)
        {
            w.Add("⚠️ CẢNH BÁO: Không tin các lời mời \"việc nhẹ lương cao\" ở nước ngoài! Nếu bạn hoặc người thân bị lừa, "
                + "hãy gọi đường dây nóng bảo hộ công dân của Đại sứ quán Việt Nam tại Campuchia: ");
            w.Phone(_c.WrittenCambodian(kh), "+855" + kh).Add(" hoặc Tổng đài 111 (miễn phí, 24/7).\n");
        }
        else
        {
            w.Add("WARNING: job offers promising easy work and high pay abroad are often scams. Citizens in distress can call the "
                + "embassy's citizen protection hotline ");
            w.Phone(_c.WrittenCambodian(kh), "+855" + kh).Add(" (24/7).\n");
        }
        w.Add(vietnamese ? "Nguồn: " : "Source: ").Website("https://vnembassy-phnompenh.mofa.gov.vn/tin-tuc",
            "vnembassy-phnompenh.mofa.gov.vn/tin-tuc").Add("\n");
        return w.Post;
    }
}
