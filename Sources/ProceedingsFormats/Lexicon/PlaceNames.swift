/// Names of places other than countries that running text prints and a writer may mark: the
/// world's regions (the United Nations' geographic regions, M49, and the names summaries give them:
/// "Southeast Asia", "the Middle East") and the capitals of the lexicon's countries. Both are closed
/// lists that a reader can check; any other town or region stays text, since a capitalised word
/// alone does not say it names a place. Capitals that are as often a person's or a body's name
/// ("Victoria", "Kingston", "Georgetown", "Washington", "Male") are left out.
extension NameVocabulary {
    /// Regions, lower-cased, without a leading "the".
    static let regions: Set<String> = [
        "africa", "northern africa", "north africa", "sub-saharan africa", "eastern africa", "east africa", "middle africa",
        "central africa", "southern africa", "western africa", "west africa", "horn of africa", "sahel", "great lakes region",
        "americas", "latin america", "latin america and the caribbean", "caribbean", "central america", "south america",
        "northern america", "north america", "asia", "central asia", "eastern asia", "east asia", "northeast asia", "north east asia", "south east asia",
        "north-east asia", "south-eastern asia", "southeast asia", "south-east asia", "southern asia", "south asia",
        "western asia", "asia-pacific", "asia pacific", "asia and the pacific", "indo-pacific", "middle east", "near east",
        "europe", "eastern europe", "northern europe", "southern europe", "western europe", "central europe", "balkans",
        "western balkans", "caucasus", "south caucasus", "scandinavia", "eurasia", "oceania", "melanesia", "polynesia",
        "pacific", "pacific islands", "south pacific", "arctic", "antarctica", "mediterranean",
    ]

    /// Capitals of the lexicon's countries, lower-cased.
    static let capitals: Set<String> = [
        "kabul", "tirana", "algiers", "andorra la vella", "luanda", "buenos aires", "yerevan", "canberra", "vienna", "baku",
        "nassau", "manama", "dhaka", "bridgetown", "minsk", "brussels", "belmopan", "porto-novo", "thimphu", "sucre", "la paz",
        "sarajevo", "gaborone", "brasília", "brasilia", "bandar seri begawan", "sofia", "ouagadougou", "gitega", "bujumbura",
        "praia", "phnom penh", "yaoundé", "yaounde", "ottawa", "bangui", "n'djamena", "santiago", "beijing", "bogotá",
        "bogota", "moroni", "brazzaville", "kinshasa", "san josé", "san jose", "yamoussoukro", "abidjan", "zagreb", "havana",
        "nicosia", "prague", "copenhagen", "djibouti", "roseau", "santo domingo", "dili", "quito", "cairo", "san salvador",
        "malabo", "asmara", "tallinn", "mbabane", "addis ababa", "suva", "helsinki", "paris", "libreville", "banjul",
        "tbilisi", "berlin", "accra", "athens", "st. george's", "guatemala city", "conakry", "bissau", "port-au-prince",
        "tegucigalpa", "budapest", "reykjavík", "reykjavik", "new delhi", "jakarta", "tehran", "baghdad", "dublin",
        "jerusalem", "rome", "tokyo", "amman", "astana", "nur-sultan", "nairobi", "tarawa", "pristina", "kuwait city",
        "bishkek", "vientiane", "riga", "beirut", "maseru", "monrovia", "tripoli", "vaduz", "vilnius", "luxembourg",
        "antananarivo", "lilongwe", "kuala lumpur", "bamako", "valletta", "majuro", "nouakchott", "port louis",
        "mexico city", "palikir", "chișinău", "chisinau", "monaco", "ulaanbaatar", "ulan bator", "podgorica", "rabat",
        "maputo", "naypyidaw", "nay pyi taw", "yangon", "windhoek", "yaren", "kathmandu", "amsterdam", "the hague",
        "wellington", "managua", "niamey", "abuja", "pyongyang", "skopje", "oslo", "muscat", "islamabad", "ngerulmud",
        "ramallah", "panama city", "port moresby", "asunción", "asuncion", "lima", "manila", "warsaw", "lisbon", "doha",
        "seoul", "bucharest", "moscow", "kigali", "basseterre", "castries", "kingstown", "apia", "san marino", "são tomé",
        "sao tome", "riyadh", "dakar", "belgrade", "freetown", "singapore", "bratislava", "ljubljana", "honiara",
        "mogadishu", "pretoria", "cape town", "juba", "madrid", "colombo", "sri jayawardenepura kotte", "khartoum",
        "paramaribo", "stockholm", "bern", "damascus", "taipei", "dushanbe", "dodoma", "dar es salaam", "bangkok", "lomé",
        "lome", "nuku'alofa", "port of spain", "tunis", "ankara", "ashgabat", "funafuti", "kampala", "kyiv", "kiev",
        "abu dhabi", "london", "montevideo", "tashkent", "port vila", "caracas", "hanoi", "sana'a",
        "sanaa", "lusaka", "harare", "vatican city", "hong kong",
    ]
}
