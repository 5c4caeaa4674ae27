namespace Watchlist.Matching;

/// <summary>
/// Countries and the cities and regions that name branches on the lists: in an organisation's name they tell the branches
/// of one network apart ("Islamic State in Iraq and the Levant – Libya" / "– Yemen", "Banco X México" / "Banco X Chile").
/// Folded forms, single words; words that are also common name parts ("Santiago", "Abu") are left out.
/// </summary>
internal static class PlaceNames
{
    private static readonly HashSet<string> Places = new(StringComparer.Ordinal)
    {
        // Countries (English short names, and the usual other forms)
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan",
        "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia",
        "botswana", "brazil", "brasil", "brunei", "bulgaria", "burundi", "burma", "cambodia", "cameroon", "canada", "chad", "chile",
        "china", "colombia", "comoros", "congo", "croatia", "cuba", "cyprus", "czech", "czechia", "denmark", "djibouti", "ecuador",
        "egypt", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "germany", "ghana",
        "greece", "grenada", "guatemala", "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
        "ireland", "israel", "italy", "jamaica", "japan", "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "kyrgyzstan", "laos",
        "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi",
        "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia",
        "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "holland", "nicaragua",
        "niger", "nigeria", "macedonia", "norway", "oman", "pakistan", "palau", "palestine", "panama", "paraguay", "peru",
        "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "senegal", "serbia", "seychelles",
        "singapore", "slovakia", "slovenia", "somalia", "spain", "espana", "sudan", "suriname", "sweden", "switzerland", "syria",
        "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey", "turkiye", "turkmenistan", "tuvalu",
        "uganda", "ukraine", "emirates", "uae", "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam", "yemen", "zambia",
        "zimbabwe", "levant", "crimea", "sinai", "gaza", "kashmir", "chechnya", "dagestan", "kurdistan", "somaliland", "sahel",
        // Cities and regions that name branches and offices on the lists
        "dubai", "sharjah", "ajman", "beirut", "tehran", "moscow", "damascus", "baghdad", "kabul", "karachi", "lahore", "istanbul",
        "shanghai", "beijing", "pyongyang", "caracas", "havana", "minsk", "kyiv", "kiev", "luhansk", "lugansk", "donetsk",
        "sevastopol", "tripoli", "benghazi", "aden", "sanaa", "mosul", "aleppo", "riyadh", "jeddah", "doha", "hanoi", "saigon",
        "bangkok", "vientiane", "yangon", "rangoon", "manila", "jakarta", "delhi", "mumbai", "dhaka", "kathmandu", "colombo",
        "tashkent", "almaty", "baku", "tbilisi", "yerevan", "ankara", "cairo", "khartoum", "mogadishu", "nairobi", "lagos", "abuja",
        "kinshasa", "harare", "johannesburg", "london", "berlin", "madrid", "vienna", "geneva", "zurich", "hamburg", "bogota",
        "quito", "managua", "sinaloa", "jalisco", "culiacan", "guadalajara", "monterrey", "tijuana", "medellin", "esfahan",
        "isfahan", "shiraz", "mashhad", "tabriz", "karaj", "dalian", "dandong", "shenzhen", "guangzhou", "yangzhou", "ningbo",
        "tianjin", "qingdao", "vladivostok", "nakhodka", "novorossiysk", "latakia", "tartus", "idlib", "raqqa", "basra", "erbil",
        "kirkuk", "kandahar", "helmand", "herat", "peshawar", "quetta", "waziristan", "mindanao", "sulu", "zamboanga",
    };

    public static bool IsPlace(string token) => Places.Contains(token);
}
