"""The curated part of the gazetteer: what the data packages lack for documents of 1944-1991.

``STATES``: ISO code → forms. A two-letter code adds forms (acronyms of the
period, former names) to that GeoNames country; a three-letter code is a
historic state of ISO 3166-3 (``pycountry.historic_countries``), checked on
load. ``REGIONS`` have no authority id here (none is invented).
``ORGANISATIONS``: bodies named in many editions of the period, by acronym and
name; an edition's own register always wins over them.
"""

from __future__ import annotations

STATES: dict[str, list[str]] = {
    "SUN": ["USSR", "U.S.S.R.", "Soviet Union", "Union of Soviet Socialist Republics", "SSSR"],
    "DDR": ["GDR", "G.D.R.", "German Democratic Republic", "East Germany", "DDR"],
    "CSK": ["Czechoslovakia", "ČSSR", "CSSR", "ČSR", "CSR", "Czechoslovak Socialist Republic",
            "Czechoslovak Republic", "Czecho-Slovakia"],
    "YUG": ["Yugoslavia", "SFRY", "SFRJ", "FPRY", "FNRJ", "Socialist Federal Republic of Yugoslavia",
            "Federal People's Republic of Yugoslavia"],
    "VDR": ["DRV", "D.R.V.", "DRVN", "Democratic Republic of Vietnam", "North Vietnam", "D. R. Vietnam"],
    "DE": ["FRG", "F.R.G.", "Federal Republic of Germany", "West Germany", "BRD", "GFR", "German Federal Republic"],
    "KP": ["DPRK", "D.P.R.K.", "North Korea", "Democratic People's Republic of Korea", "KNDR"],
    "KR": ["ROK", "South Korea", "Republic of Korea"],
    "CN": ["PRC", "P.R.C.", "People's Republic of China", "China", "Communist China", "KNR"],
    "US": ["US", "USA", "U.S.A.", "U.S.", "United States", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "United Kingdom"],
    "BG": ["Bulgaria", "NRB", "PRB", "People's Republic of Bulgaria"],
    "HU": ["Hungary", "HPR", "VNR", "MNK", "Hungarian People's Republic"],
    "PL": ["Poland", "PPR", "PRL", "PNR", "Polish People's Republic"],
    "RO": ["Romania", "Rumania", "Roumania", "RPR", "SRR", "Romanian People's Republic",
           "Socialist Republic of Romania"],
    "AL": ["Albania", "PRA", "People's Republic of Albania"],
    "MN": ["Mongolia", "MPR", "MNR", "Mongolian People's Republic", "Outer Mongolia"],
    "RU": ["Russia", "RSFSR", "Russian Federation"],
    "VN": ["Vietnam", "Viet Nam", "SRV"],
    "KH": ["Cambodia", "Kampuchea", "PRK", "People's Republic of Kampuchea", "Democratic Kampuchea"],
    "TW": ["Taiwan", "Formosa", "ROC", "Republic of China", "Nationalist China"],
    "IR": ["Iran", "Persia"],
    # the states of the 1970s-80s by their names and acronyms of the time (Russian ones transliterated)
    "SO": ["Somalia", "SDR", "Somali Democratic Republic"],
    "AF": ["Afghanistan", "DRA", "Democratic Republic of Afghanistan"],
    "LA": ["Laos", "LPDR", "Lao PDR", "Lao People's Democratic Republic"],
    "EG": ["Egypt", "ARE", "Arab Republic of Egypt"],
    "ET": ["Ethiopia", "Socialist Ethiopia"],
    "AO": ["Angola", "People's Republic of Angola"],
    "MZ": ["Mozambique", "People's Republic of Mozambique"],
    "YMD": ["South Yemen", "PDRY", "People's Democratic Republic of Yemen", "Democratic Yemen"],
    "ZAR": ["Zaire", "Republic of Zaire"],
    "RHO": ["Rhodesia", "Southern Rhodesia"],
}

REGIONS: dict[str, list[str]] = {
    "europe": ["Europe"], "western-europe": ["Western Europe", "West Europe"],
    "eastern-europe": ["Eastern Europe", "East Europe"], "central-europe": ["Central Europe"],
    "asia": ["Asia"], "southeast-asia": ["Southeast Asia", "South-East Asia", "South East Asia"],
    "far-east": ["Far East"], "middle-east": ["Middle East"], "near-east": ["Near East"],
    "africa": ["Africa"], "latin-america": ["Latin America"], "balkans": ["Balkans"],
    "scandinavia": ["Scandinavia"], "siberia": ["Siberia"], "manchuria": ["Manchuria"],
    "transylvania": ["Transylvania"], "bessarabia": ["Bessarabia"], "indochina": ["Indochina", "Indo-China"],
    "england": ["England"], "scotland": ["Scotland"], "korea": ["Korea"],
    "korean-peninsula": ["Korean peninsula", "Korean Peninsula"],
    "uar": ["United Arab Republic", "UAR"], "south-vietnam": ["South Vietnam"],
    "west-berlin": ["West Berlin"], "east-berlin": ["East Berlin"],
    # regions of the period's conflicts and treaties that no city or state record names
    "crimea": ["Crimea"], "caucasus": ["Caucasus", "Transcaucasia"], "kashmir": ["Kashmir"],
    "ladakh": ["Ladakh"], "tibet": ["Tibet"], "ogaden": ["Ogaden"], "sinai": ["Sinai", "Sinai Peninsula"],
    "gaza-strip": ["Gaza Strip"], "west-bank": ["West Bank"], "golan-heights": ["Golan Heights", "Golan"],
    "kurdistan": ["Kurdistan"], "silesia": ["Silesia"], "sudetenland": ["Sudetenland"],
    "sakhalin": ["Sakhalin"], "kamchatka": ["Kamchatka"], "katanga": ["Katanga"], "biafra": ["Biafra"],
    "inner-mongolia": ["Inner Mongolia"], "persian-gulf": ["Persian Gulf"], "baltic-states": ["Baltic States"],
    "central-asia": ["Central Asia"], "south-asia": ["South Asia"], "north-africa": ["North Africa"],
    "kremlin": ["Kremlin"],
    # historical lands that documents name as places
    "bohemia": ["Bohemia"], "moravia": ["Moravia"], "ruthenia": ["Ruthenia", "Subcarpathian Ruthenia"],
    "transcarpathia": ["Transcarpathia"], "galicia-east-europe": ["Galicia"], "bavaria": ["Bavaria"],
    "prussia": ["Prussia", "East Prussia"], "saxony": ["Saxony"], "thuringia": ["Thuringia"],
    "macedonia-region": ["Pirin Macedonia", "Aegean Macedonia"], "dobruja": ["Dobruja", "Dobrudja"],
    "banat": ["Banat"], "bukovina": ["Bukovina"], "moldavia": ["Moldavia"], "wallachia": ["Wallachia"],
    "slavonia": ["Slavonia"], "dalmatia": ["Dalmatia"], "istria": ["Istria"],
    "trieste-zone": ["Free Territory of Trieste"],
    "tyrol": ["Tyrol", "Tirol", "South Tyrol", "Alto Adige"], "carinthia": ["Carinthia"], "styria": ["Styria"],
    "alsace": ["Alsace", "Alsace-Lorraine"], "lorraine": ["Lorraine"], "saar": ["Saar", "Saarland"],
    "ruhr": ["Ruhr"], "rhineland": ["Rhineland"], "catalonia": ["Catalonia"], "basque-country": ["Basque Country"],
    "andalusia": ["Andalusia"], "sicily": ["Sicily"], "sardinia": ["Sardinia"], "corsica": ["Corsica"],
    "lombardy": ["Lombardy"], "piedmont": ["Piedmont"], "tuscany": ["Tuscany"], "flanders": ["Flanders"],
    "wallonia": ["Wallonia"], "lapland": ["Lapland"], "karelia": ["Karelia"], "ulster": ["Ulster"],
    "northern-ireland": ["Northern Ireland"], "wales": ["Wales"], "normandy": ["Normandy"],
    "brittany": ["Brittany"], "patagonia": ["Patagonia"], "yucatan": ["Yucatan", "Yucatán"],
    "zanzibar": ["Zanzibar"], "darfur": ["Darfur"], "cabinda": ["Cabinda"], "tigray": ["Tigray", "Tigre"],
    "xinjiang": ["Xinjiang", "Sinkiang"], "assam": ["Assam"], "baluchistan": ["Baluchistan", "Balochistan"],
    "khuzestan": ["Khuzestan"],
    # seas, oceans, straits and gulfs (a bare 'Atlantic' or 'Pacific' is mostly a pact's or region's word)
    "mediterranean": ["Mediterranean", "Mediterranean Sea"], "baltic-sea": ["Baltic Sea"],
    "black-sea": ["Black Sea"], "red-sea": ["Red Sea"], "caspian-sea": ["Caspian Sea"],
    "adriatic": ["Adriatic", "Adriatic Sea"], "aegean": ["Aegean", "Aegean Sea"],
    "caribbean": ["Caribbean", "Caribbean Sea"], "atlantic-ocean": ["Atlantic Ocean"],
    "pacific-ocean": ["Pacific Ocean"], "indian-ocean": ["Indian Ocean"], "arctic-ocean": ["Arctic Ocean"],
    "south-china-sea": ["South China Sea"], "yellow-sea": ["Yellow Sea"], "sea-of-japan": ["Sea of Japan"],
    "gulf-of-tonkin": ["Gulf of Tonkin", "Tonkin Gulf"], "taiwan-strait": ["Taiwan Strait", "Formosa Strait"],
    "bosporus": ["Bosporus", "Bosphorus"], "dardanelles": ["Dardanelles"], "suez-canal": ["Suez Canal"],
    "horn-of-africa": ["Horn of Africa"],
    # the provinces of the DPRK as English documents write them (ISO 3166-2 spells them otherwise:
    # 'Kangweonto'), and the truce village
    "north-pyongan": ["North Pyongan"], "south-pyongan": ["South Pyongan"],
    "north-hwanghae": ["North Hwanghae"], "south-hwanghae": ["South Hwanghae"],
    "kangwon": ["Kangwon", "Kangwon-do", "Gangwon"], "chagang": ["Chagang"],
    "north-hamgyong": ["North Hamgyong"], "south-hamgyong": ["South Hamgyong"],
    "ryanggang": ["Ryanggang", "Yanggang"], "panmunjom": ["Panmunjom", "Panmunjeom"],
    # places of the period's summits and crises that no city record names
    "camp-david": ["Camp David"], "brioni": ["Brioni", "Brijuni"], "sharm-el-sheikh": ["Sharm el-Sheikh"],
    "shatt-al-arab": ["Shatt al-Arab"], "strait-of-hormuz": ["Strait of Hormuz"], "gulf-of-aqaba": ["Gulf of Aqaba"],
    "gulf-of-suez": ["Gulf of Suez"], "panama-canal": ["Panama Canal", "Canal Zone"],
    "falklands": ["Falklands", "Falkland Islands", "Malvinas"], "western-sahara": ["Western Sahara"],
    "eritrea": ["Eritrea"], "namibia-region": ["South West Africa"], "transvaal": ["Transvaal"],
    "punjab": ["Punjab"], "bengal": ["Bengal", "East Bengal", "West Bengal"], "east-pakistan": ["East Pakistan"],
    "khyber-pass": ["Khyber Pass"], "panjshir": ["Panjshir", "Panjsher"], "wakhan": ["Wakhan"],
    "mekong": ["Mekong"], "ho-chi-minh-trail": ["Ho Chi Minh Trail"], "dmz-vietnam": ["Demilitarized Zone"],
    "persian-gulf-states": ["Gulf States"], "arabian-peninsula": ["Arabian Peninsula"],
    "levant": ["Levant"], "maghreb": ["Maghreb"], "sahel": ["Sahel"], "southern-africa": ["Southern Africa"],
    "east-africa": ["East Africa"], "west-africa": ["West Africa"], "central-america": ["Central America"],
    "south-america": ["South America"], "north-america": ["North America"], "middle-america": ["Caribbean Basin"],
}

# names a city had in the period that GeoNames keeps among its alternate names but
# that are no spelling of the present one (the id is still GeoNames')
FORMER_NAMES = {"Leningrad", "Stalingrad", "Saigon", "Sverdlovsk", "Karl-Marx-Stadt", "Constantinople",
                "Rangoon", "Bombay", "Madras", "Calcutta", "Canton", "Port Arthur", "Kuibyshev", "Frunze",
                "Stanleyville", "Leopoldville", "Salisbury", "Batavia"}

ORGANISATIONS: dict[str, list[str]] = {
    # intelligence and security services
    "kgb": ["KGB", "Committee for State Security"], "nkvd": ["NKVD"], "mgb": ["MGB"], "cia": ["CIA"],
    "kcia": ["KCIA"], "fbi": ["FBI"], "stb": ["StB", "STB"], "stasi": ["Stasi", "MfS"], "avh": ["AVH", "ÁVH"],
    "securitate": ["Securitate"],
    # international bodies
    "un": ["UN", "U.N.", "United Nations", "UNO"], "nato": ["NATO"], "cmea": ["CMEA", "Comecon", "COMECON"],
    "un-security-council": ["Security Council", "UN Security Council", "U.N. Security Council"],
    "warsaw-pact": ["Warsaw Pact", "Warsaw Treaty Organization"], "iaea": ["IAEA"], "unesco": ["UNESCO"],
    "wftu": ["WFTU"], "comintern": ["Comintern"], "cominform": ["Cominform"], "seato": ["SEATO"],
    "icc-indochina": ["ICC", "International Control Commission", "International Commission",
                      "International Commission for Supervision and Control"],
    "oas": ["OAS", "Organization of American States", "Organisation of American States"],
    "red-cross": ["Red Cross", "International Red Cross", "International Committee of the Red Cross", "ICRC"],
    "cento": ["CENTO"], "anzus": ["ANZUS"], "oau": ["OAU", "Organization of African Unity"],
    "eec": ["EEC", "European Economic Community", "Common Market"], "csce": ["CSCE"],
    # news agencies (newspapers are works: the references stage encodes them as title level="j")
    "tass": ["TASS"], "xinhua": ["Xinhua", "New China News Agency"], "adn": ["ADN"], "pap": ["PAP"],
    "mti": ["MTI"], "ctk": ["ČTK", "CTK"], "agerpres": ["Agerpres"], "bta": ["BTA"], "reuters": ["Reuters"],
    # radio stations
    "rfe": ["Radio Free Europe"], "radio-liberty": ["Radio Liberty"], "voa": ["Voice of America"],
    "bbc": ["BBC"], "radio-moscow": ["Radio Moscow"],
    "afp": ["AFP", "Agence France-Presse", "Agence France Presse"], "upi": ["UPI"], "dpa": ["DPA"],
    "tanjug": ["Tanjug"], "kyodo": ["Kyodo"], "ansa": ["ANSA"], "prensa-latina": ["Prensa Latina"],
    # armies
    "red-army": ["Red Army"], "soviet-army": ["Soviet Army"], "bundeswehr": ["Bundeswehr"],
    # parties, by the acronyms of the period in English and the original language
    "cpsu": ["CPSU", "KPSS", "Communist Party of the Soviet Union"], "sed": ["SED", "Socialist Unity Party"],
    "puwp": ["PUWP", "PZPR", "Polish United Workers' Party", "Polish United Workers Party"],
    "hswp": ["HSWP", "MSZMP", "Hungarian Socialist Workers' Party", "Hungarian Socialist Workers Party"],
    "bcp": ["BCP", "BKP", "Bulgarian Communist Party"],
    "kscs": ["KSČ", "KSC", "CPCz", "CPCS", "Communist Party of Czechoslovakia"],
    "kss": ["KSS", "Communist Party of Slovakia"],
    "lcy": ["LCY", "SKJ", "League of Communists of Yugoslavia"],
    "cpc": ["CPC", "CCP", "Chinese Communist Party", "Communist Party of China"],
    "wpk": ["WPK", "KWP", "Workers' Party of Korea", "Korean Workers' Party"],
    "vwp": ["VWP", "Vietnam Workers' Party", "Vietnamese Workers' Party"],
    "rcp": ["RCP", "PCR", "Romanian Communist Party"],
    "rwp": ["RWP", "Romanian Workers' Party", "Romanian Workers Party"],
    "pla-albania": ["Party of Labour of Albania", "Albanian Party of Labour"],
    "pcf": ["PCF", "French Communist Party"], "pci": ["PCI", "Italian Communist Party"],
    "cpusa": ["CPUSA"], "spd": ["SPD"], "cdu": ["CDU"], "plo": ["PLO"], "mpr-party": ["MPRP"],
    "nlf": ["National Liberation Front of South Vietnam", "Vietcong", "Viet Cong"],
    # movements, fronts and ruling councils of the 1960s-80s
    "mpla": ["MPLA"], "frelimo": ["FRELIMO", "Frelimo"], "swapo": ["SWAPO"],
    "anc": ["ANC", "African National Congress"],
    "zanu": ["ZANU"], "zapu": ["ZAPU"], "paigc": ["PAIGC"], "fnla": ["FNLA"], "unita": ["UNITA"],
    "fsln": ["FSLN", "Sandinista National Liberation Front"],
    "pdpa": ["PDPA", "People's Democratic Party of Afghanistan"],
    "tudeh": ["Tudeh", "Tudeh Party"],
    "pmac": ["PMAC", "Derg", "Dergue", "Provisional Military Administrative Council"],
    "solidarity": ["Solidarność", "Solidarnosc"], "opec": ["OPEC"], "asean": ["ASEAN"],
    "non-aligned": ["Non-Aligned Movement"], "polisario": ["POLISARIO", "Polisario Front"],
    # 'the Commonwealth' is the association of states, not the Philippine city GeoNames has
    "commonwealth": ["Commonwealth", "British Commonwealth", "Commonwealth of Nations"],
    "cis": ["Commonwealth of Independent States"],
    # movements and parties of Southeast Asia, the Middle East, Africa and Latin America
    "khmer-rouge": ["Khmer Rouge"], "pathet-lao": ["Pathet Lao"], "viet-minh": ["Viet Minh", "Vietminh"],
    "kuomintang": ["Kuomintang", "KMT", "Guomindang"], "fatah": ["Fatah", "Al-Fatah", "al-Fatah"],
    "pflp": ["PFLP", "Popular Front for the Liberation of Palestine"], "dflp": ["DFLP"],
    "baath": ["Baath", "Ba'ath", "Baath Party", "Ba'ath Party"], "muslim-brotherhood": ["Muslim Brotherhood"],
    "wafd": ["Wafd"], "amal": ["Amal"], "hezbollah": ["Hezbollah", "Hizbollah", "Hizballah"],
    "parcham": ["Parcham"], "khalq": ["Khalq"], "mujahideen": ["Mujahideen", "Mujahedin", "Mujaheddin"],
    "pac-sa": ["Pan Africanist Congress", "PAC"], "inkatha": ["Inkatha"], "zanu-pf": ["ZANU-PF"],
    "eplf": ["EPLF", "Eritrean People's Liberation Front"], "elf": ["Eritrean Liberation Front"],
    "unidad-popular": ["Unidad Popular", "Popular Unity"],
    "tupamaros": ["Tupamaros"], "montoneros": ["Montoneros"], "fmln": ["FMLN"], "farc": ["FARC"],
    "shining-path": ["Shining Path", "Sendero Luminoso"], "contras": ["Contras"],
    "awami-league": ["Awami League"], "indian-national-congress": ["Indian National Congress"],
    "muslim-league": ["Muslim League"], "g77": ["Group of 77", "G-77", "G77"],
    "frontline-states": ["Frontline States", "Front Line States"],
    "arab-league": ["Arab League", "League of Arab States"],
    # intelligence services and parliaments of other states
    "khad": ["KhAD", "KHAD"], "savak": ["SAVAK", "Savak"], "mossad": ["Mossad"], "dina": ["DINA"],
    "mi6": ["MI6"], "mi5": ["MI5"], "bnd": ["BND"], "sdece": ["SDECE"],
    "knesset": ["Knesset"], "bundestag": ["Bundestag"], "sejm": ["Sejm"], "majlis": ["Majlis"],
    "house-of-commons": ["House of Commons"], "house-of-lords": ["House of Lords"],
    # economic and United Nations bodies
    "imf": ["IMF", "International Monetary Fund"], "world-bank": ["World Bank"], "gatt": ["GATT"],
    "unctad": ["UNCTAD"], "unicef": ["UNICEF"], "unrwa": ["UNRWA"], "unhcr": ["UNHCR"], "fao": ["FAO"],
    "ilo": ["ILO"], "oapec": ["OAPEC"], "efta": ["EFTA"], "interpol": ["Interpol"],
}
