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
    "DE": ["FRG", "F.R.G.", "Federal Republic of Germany", "West Germany", "BRD"],
    "KP": ["DPRK", "D.P.R.K.", "North Korea", "Democratic People's Republic of Korea"],
    "KR": ["ROK", "South Korea", "Republic of Korea"],
    "CN": ["PRC", "P.R.C.", "People's Republic of China", "China", "Communist China"],
    "US": ["US", "USA", "U.S.A.", "U.S.", "United States", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "United Kingdom"],
    "BG": ["Bulgaria", "NRB", "PRB", "People's Republic of Bulgaria"],
    "HU": ["Hungary", "HPR", "VNR", "MNK", "Hungarian People's Republic"],
    "PL": ["Poland", "PPR", "PRL", "Polish People's Republic"],
    "RO": ["Romania", "Rumania", "Roumania", "RPR", "SRR", "Romanian People's Republic",
           "Socialist Republic of Romania"],
    "AL": ["Albania", "PRA", "People's Republic of Albania"],
    "MN": ["Mongolia", "MPR", "Mongolian People's Republic"],
    "RU": ["Russia", "RSFSR", "Russian Federation"],
    "VN": ["Vietnam", "Viet Nam", "SRV"],
    "KH": ["Cambodia", "Kampuchea"],
    "IR": ["Iran", "Persia"],
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
    "icc-indochina": ["ICC", "International Control Commission",
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
}
