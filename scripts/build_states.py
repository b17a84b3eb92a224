"""Build src/greatgame/data/actors/states.yaml from pycountry plus our overlay.

What: one state record per ISO 3166-1 country (codes and official names from
pycountry), merged with a hand-written overlay of common short names,
demonyms/adjectives, capital and seat-of-government metonyms and Wikidata ids.
Why: the packaged KB must not need pycountry at run time, so the generated
YAML is committed; rerun this script (with pycountry installed) after editing
the overlay below: `python scripts/build_states.py`.
"""
from __future__ import annotations

from pathlib import Path

import pycountry
import yaml

OUT = Path(__file__).resolve().parents[1] / "src" / "greatgame" / "data" / "actors" / "states.yaml"

# ISO3 | canonical short name, other names | demonyms/adjectives | metonyms (capital, seat of government) | Wikidata
# Empty name field keeps pycountry's common name. Capitals that are ordinary English words are left out.
OVERLAY = """
AFG|Afghanistan,Islamic Emirate of Afghanistan,Islamic Republic of Afghanistan|Afghan,Afghanistani|Kabul|Q889
ALB|Albania||Albanian|Tirana|Q222
DZA|Algeria||Algerian|Algiers|Q262
AND|Andorra||Andorran|Andorra la Vella|
AGO|Angola||Angolan|Luanda|
ATG|Antigua and Barbuda||Antiguan|Saint John's|
ARG|Argentina||Argentine,Argentinian|Buenos Aires,Casa Rosada|Q414
ARM|Armenia||Armenian|Yerevan|Q399
AUS|Australia||Australian|Canberra|Q408
AUT|Austria||Austrian|Vienna|Q40
AZE|Azerbaijan||Azerbaijani,Azeri|Baku|Q227
BHS|Bahamas,The Bahamas|Bahamian|Nassau|
BHR|Bahrain||Bahraini|Manama|Q398
BGD|Bangladesh||Bangladeshi|Dhaka|Q902
BRB|Barbados||Barbadian|Bridgetown|
BLR|Belarus,Byelorussia,Belorussia|Belarusian,Belarussian,Byelorussian|Minsk|Q184
BEL|Belgium||Belgian||Q31
BLZ|Belize||Belizean|Belmopan|
BEN|Benin||Beninese|Porto-Novo|
BTN|Bhutan||Bhutanese|Thimphu|
BOL|Bolivia||Bolivian|La Paz,Sucre|
BIH|Bosnia and Herzegovina,Bosnia|Bosnian,Herzegovinian|Sarajevo|
BWA|Botswana||Botswanan,Motswana|Gaborone|
BRA|Brazil,Brasil|Brazilian|Brasilia,Planalto|Q155
BRN|Brunei,Brunei Darussalam|Bruneian|Bandar Seri Begawan|
BGR|Bulgaria||Bulgarian|Sofia|Q219
BFA|Burkina Faso||Burkinabe|Ouagadougou|
BDI|Burundi||Burundian|Gitega|
CPV|Cabo Verde,Cape Verde|Cape Verdean,Cabo Verdean|Praia|
KHM|Cambodia||Cambodian|Phnom Penh|Q424
CMR|Cameroon||Cameroonian|Yaounde|
CAN|Canada||Canadian|Ottawa|Q16
CAF|Central African Republic,CAR|Central African|Bangui|
TCD|Chad||Chadian|N'Djamena|
CHL|Chile||Chilean|Santiago,La Moneda|Q298
CHN|China,People's Republic of China,PRC,P.R.C.,Mainland China|Chinese|Beijing,Peking,Zhongnanhai|Q148
COL|Colombia||Colombian|Bogota|Q739
COM|Comoros||Comorian|Moroni|
COG|Congo,Republic of the Congo,Congo-Brazzaville|Congolese|Brazzaville|
COD|Democratic Republic of the Congo,DR Congo,DRC,Congo-Kinshasa|Congolese|Kinshasa|
CRI|Costa Rica||Costa Rican|San Jose|
CIV|Ivory Coast,Côte d'Ivoire,Cote d'Ivoire|Ivorian|Yamoussoukro,Abidjan|
HRV|Croatia||Croatian,Croat|Zagreb|Q224
CUB|Cuba||Cuban|Havana|Q241
CYP|Cyprus||Cypriot|Nicosia|Q229
CZE|Czech Republic,Czechia|Czech|Prague|Q213
DNK|Denmark||Danish,Dane|Copenhagen|Q35
DJI|Djibouti||Djiboutian|Djibouti City|
DMA|Dominica||Dominican|Roseau|
DOM|Dominican Republic||Dominican|Santo Domingo|
ECU|Ecuador||Ecuadorian|Quito|
EGY|Egypt||Egyptian|Cairo|Q79
SLV|El Salvador||Salvadoran|San Salvador|
GNQ|Equatorial Guinea||Equatoguinean,Equatorial Guinean|Malabo|
ERI|Eritrea||Eritrean|Asmara|
EST|Estonia||Estonian|Tallinn|Q191
SWZ|Eswatini,Swaziland|Swazi,Liswati|Mbabane|
ETH|Ethiopia||Ethiopian|Addis Ababa|Q115
FJI|Fiji||Fijian|Suva|
FIN|Finland||Finnish,Finn|Helsinki|Q33
FRA|France,French Republic|French|Paris,Elysee,Élysée,Élysée Palace,Matignon|Q142
GAB|Gabon||Gabonese|Libreville|
GMB|Gambia,The Gambia|Gambian|Banjul|
GEO|Georgia||Georgian|Tbilisi|Q230
DEU|Germany,Federal Republic of Germany|German|Berlin,Bonn|Q183
GHA|Ghana||Ghanaian|Accra|
GRC|Greece,Hellenic Republic|Greek,Hellenic|Athens|Q41
GRD|Grenada||Grenadian|Saint George's|
GTM|Guatemala||Guatemalan|Guatemala City|
GIN|Guinea||Guinean|Conakry|
GNB|Guinea-Bissau||Bissau-Guinean|Bissau|
GUY|Guyana||Guyanese|Georgetown|
HTI|Haiti||Haitian|Port-au-Prince|
HND|Honduras||Honduran|Tegucigalpa|
HUN|Hungary||Hungarian|Budapest|Q28
ISL|Iceland||Icelandic,Icelander|Reykjavik|Q189
IND|India,Bharat,Republic of India|Indian|New Delhi,Delhi,South Block|Q668
IDN|Indonesia||Indonesian|Jakarta|Q252
IRN|Iran,Islamic Republic of Iran,Persia|Iranian,Persian|Tehran,Teheran|Q794
IRQ|Iraq||Iraqi|Baghdad|Q796
IRL|Ireland,Republic of Ireland,Eire|Irish|Dublin|Q27
ISR|Israel||Israeli|Jerusalem,Tel Aviv|Q801
ITA|Italy||Italian|Rome,Palazzo Chigi|Q38
JAM|Jamaica||Jamaican||
JPN|Japan||Japanese|Tokyo|Q17
JOR|Jordan||Jordanian|Amman|Q810
KAZ|Kazakhstan,Republic of Kazakhstan,Kazakstan,Qazaqstan,Qazaqstan Respublikasy|Kazakh,Kazakhstani,Kazak,Qazaq|Astana,Nur-Sultan,Nursultan,Akmola,Aqmola,Tselinograd,Akorda,Ak Orda,Aqorda|Q232
KEN|Kenya||Kenyan|Nairobi|Q114
KIR|Kiribati||I-Kiribati|Tarawa|
PRK|North Korea,Democratic People's Republic of Korea,DPRK|North Korean|Pyongyang|Q423
KOR|South Korea,Republic of Korea,ROK,Korea|South Korean,Korean|Seoul|Q884
KWT|Kuwait||Kuwaiti|Kuwait City|Q817
KGZ|Kyrgyzstan,Kyrgyz Republic,Kirghizia,Kirgizia,Kyrgyzia,Qyrgyzstan|Kyrgyz,Kirghiz,Kirgiz,Kyrgyzstani|Bishkek,Frunze,Ala-Archa|Q813
LAO|Laos,Lao PDR|Lao,Laotian|Vientiane|
LVA|Latvia||Latvian|Riga|Q211
LBN|Lebanon||Lebanese|Beirut|Q822
LSO|Lesotho||Basotho,Mosotho|Maseru|
LBR|Liberia||Liberian|Monrovia|
LBY|Libya||Libyan|Tripoli|Q1016
LIE|Liechtenstein||Liechtensteiner|Vaduz|
LTU|Lithuania||Lithuanian|Vilnius|Q37
LUX|Luxembourg||Luxembourgish,Luxembourger||
MDG|Madagascar||Malagasy|Antananarivo|
MWI|Malawi||Malawian|Lilongwe|
MYS|Malaysia||Malaysian|Kuala Lumpur,Putrajaya|Q833
MDV|Maldives||Maldivian||
MLI|Mali||Malian|Bamako|
MLT|Malta||Maltese|Valletta|
MHL|Marshall Islands||Marshallese|Majuro|
MRT|Mauritania||Mauritanian|Nouakchott|
MUS|Mauritius||Mauritian|Port Louis|
MEX|Mexico||Mexican|Mexico City|Q96
FSM|Micronesia,Federated States of Micronesia|Micronesian|Palikir|
MDA|Moldova,Republic of Moldova|Moldovan|Chisinau|Q217
MCO|Monaco||Monegasque||
MNG|Mongolia||Mongolian|Ulaanbaatar,Ulan Bator|Q711
MNE|Montenegro||Montenegrin|Podgorica|Q236
MAR|Morocco||Moroccan|Rabat|Q1028
MOZ|Mozambique||Mozambican|Maputo|
MMR|Myanmar,Burma|Burmese,Myanmar|Naypyidaw,Naypyitaw,Yangon,Rangoon|Q836
NAM|Namibia||Namibian|Windhoek|
NRU|Nauru||Nauruan||
NPL|Nepal||Nepali,Nepalese|Kathmandu|Q837
NLD|Netherlands,Holland,The Netherlands|Dutch|Amsterdam|Q55
NZL|New Zealand||New Zealander,Kiwi|Wellington|Q664
NIC|Nicaragua||Nicaraguan|Managua|
NER|Niger||Nigerien|Niamey|
NGA|Nigeria||Nigerian|Abuja|Q1033
MKD|North Macedonia,Macedonia|Macedonian|Skopje|
NOR|Norway||Norwegian|Oslo|Q20
OMN|Oman||Omani|Muscat|Q842
PAK|Pakistan,Islamic Republic of Pakistan|Pakistani|Islamabad,Rawalpindi|Q843
PLW|Palau||Palauan|Ngerulmud|
PSE|Palestine,State of Palestine,Palestinian territories|Palestinian|Ramallah|
PAN|Panama||Panamanian|Panama City|
PNG|Papua New Guinea,PNG|Papua New Guinean|Port Moresby|
PRY|Paraguay||Paraguayan|Asuncion|
PER|Peru||Peruvian|Lima|
PHL|Philippines,The Philippines|Filipino,Philippine|Manila,Malacanang|Q928
POL|Poland||Polish,Pole|Warsaw|Q36
PRT|Portugal||Portuguese|Lisbon|Q45
QAT|Qatar||Qatari|Doha|Q846
ROU|Romania||Romanian|Bucharest|Q218
RUS|Russia,Russian Federation,RF|Russian|Moscow,Kremlin,the Kremlin,Old Square,Smolenskaya Square|Q159
RWA|Rwanda||Rwandan|Kigali|
KNA|Saint Kitts and Nevis,St Kitts and Nevis|Kittitian,Nevisian|Basseterre|
LCA|Saint Lucia,St Lucia|Saint Lucian|Castries|
VCT|Saint Vincent and the Grenadines,St Vincent and the Grenadines|Vincentian|Kingstown|
WSM|Samoa||Samoan|Apia|
SMR|San Marino||Sammarinese||
STP|Sao Tome and Principe||Santomean|Sao Tome|
SAU|Saudi Arabia,Kingdom of Saudi Arabia,KSA|Saudi,Saudi Arabian|Riyadh|Q851
SEN|Senegal||Senegalese|Dakar|
SRB|Serbia||Serbian,Serb|Belgrade|Q403
SYC|Seychelles||Seychellois||
SLE|Sierra Leone||Sierra Leonean|Freetown|
SGP|Singapore||Singaporean||Q334
SVK|Slovakia,Slovak Republic|Slovak|Bratislava|Q214
SVN|Slovenia||Slovenian,Slovene|Ljubljana|Q215
SLB|Solomon Islands||Solomon Islander|Honiara|
SOM|Somalia||Somali|Mogadishu|
ZAF|South Africa,RSA|South African|Pretoria|Q258
SSD|South Sudan||South Sudanese|Juba|
ESP|Spain||Spanish,Spaniard|Madrid,Moncloa|Q29
LKA|Sri Lanka,Ceylon|Sri Lankan|Colombo|
SDN|Sudan||Sudanese|Khartoum|
SUR|Suriname||Surinamese|Paramaribo|
SWE|Sweden||Swedish,Swede|Stockholm|Q34
CHE|Switzerland,Swiss Confederation|Swiss|Bern,Berne|Q39
SYR|Syria,Syrian Arab Republic|Syrian|Damascus|Q858
TWN|Taiwan,Republic of China,ROC,Chinese Taipei|Taiwanese|Taipei|Q865
TJK|Tajikistan,Republic of Tajikistan,Tadzhikistan,Tojikiston|Tajik,Tajikistani,Tadzhik,Tojik|Dushanbe,Stalinabad|Q863
TZA|Tanzania,United Republic of Tanzania|Tanzanian|Dodoma|
THA|Thailand,Siam|Thai|Bangkok|Q869
TLS|Timor-Leste,East Timor|Timorese|Dili|
TGO|Togo||Togolese|Lome|
TON|Tonga||Tongan|Nuku'alofa|
TTO|Trinidad and Tobago||Trinidadian,Tobagonian|Port of Spain|
TUN|Tunisia||Tunisian|Tunis|Q948
TUR|Turkey,Türkiye,Turkiye,Republic of Turkey,Republic of Türkiye|Turkish|Ankara,Bestepe,Beştepe,Ak Saray|Q43
TKM|Turkmenistan,Turkmenia|Turkmen,Turkmenistani,Turkoman|Ashgabat,Ashkhabad,Asgabat,Aşgabat,Ashgabad|Q874
TUV|Tuvalu||Tuvaluan|Funafuti|
UGA|Uganda||Ugandan|Kampala|
UKR|Ukraine,The Ukraine|Ukrainian|Kyiv,Kiev,Bankova|Q212
ARE|United Arab Emirates,UAE,U.A.E.,Emirates|Emirati|Abu Dhabi|Q878
GBR|United Kingdom,UK,U.K.,Britain,Great Britain,United Kingdom of Great Britain and Northern Ireland|British,Briton|London,Downing Street,Whitehall,Number 10|Q145
USA|United States,United States of America,US,U.S.,USA,U.S.A.,America|American,US,U.S.|Washington,Washington DC,Washington D.C.,White House|Q30
URY|Uruguay||Uruguayan|Montevideo|
UZB|Uzbekistan,Republic of Uzbekistan,O'zbekiston,Ozbekiston,Uzbekiston|Uzbek,Uzbekistani,Ozbek|Tashkent,Toshkent,Oqsaroy,Kuksaroy|Q265
VUT|Vanuatu||Ni-Vanuatu|Port Vila|
VAT|Vatican,Holy See,Vatican City|Vatican,Papal|the Holy See|Q237
VEN|Venezuela||Venezuelan|Caracas,Miraflores|Q717
VNM|Vietnam,Viet Nam|Vietnamese|Hanoi|Q881
YEM|Yemen||Yemeni|Sanaa,Sana'a|Q805
ZMB|Zambia||Zambian|Lusaka|
ZWE|Zimbabwe||Zimbabwean|Harare|
HKG|Hong Kong|Hong Konger,Hongkonger||
MAC|Macau,Macao|Macanese||
PRI|Puerto Rico||Puerto Rican|San Juan|
GRL|Greenland||Greenlandic,Greenlander|Nuuk|
"""

# States pycountry does not list (historic or not ISO-assigned), written by hand.
EXTRA = [
    {"id": "SUN", "name": "Soviet Union", "iso2": "SU", "iso3": "SUN",
     "aliases": ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "the Soviets"],
     "demonyms": ["Soviet"], "metonyms": [], "wikidata": "Q15180",
     "note": "ISO 3166-3 former country (1922-1991)"},
    {"id": "XKX", "name": "Kosovo", "iso2": "XK", "iso3": "XKX",
     "aliases": ["Republic of Kosovo"], "demonyms": ["Kosovar", "Kosovan"],
     "metonyms": ["Pristina", "Prishtina"], "wikidata": "Q1246",
     "note": "user-assigned code XK/XKX, as used by the EU and IMF"},
]


def _split(field: str) -> list[str]:
    return [x.strip() for x in field.split(",") if x.strip()]


def overlay() -> dict[str, dict]:
    out = {}
    for line in OVERLAY.strip().splitlines():
        parts = line.split("|")
        if len(parts) == 6:  # ISO3 | canonical | other names | demonyms | metonyms | Q-id
            iso3, first, rest, dem, met, qid = parts
            names = [first.strip()] + _split(rest)
        elif len(parts) == 5:  # ISO3 | canonical, other names | demonyms | metonyms | Q-id
            iso3, allnames, dem, met, qid = parts
            names = _split(allnames)
        else:
            raise SystemExit(f"bad overlay line: {line}")
        out[iso3] = {"names": names, "demonyms": _split(dem),
                     "metonyms": _split(met), "wikidata": qid.strip() or None}
    return out


def build() -> list[dict]:
    extra = overlay()
    records = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        ov = extra.get(c.alpha_3, {})
        official = getattr(c, "official_name", None)
        common = getattr(c, "common_name", None)
        names = ov.get("names") or []
        canonical = names[0] if names else (common or c.name)
        aliases = []
        for a in names[1:] + [c.name, official, common]:
            if a and a != canonical and a not in aliases:
                aliases.append(a)
        rec = {"id": c.alpha_3, "name": canonical, "kind": "state", "country": c.alpha_3,
               "sector": "GOV", "iso2": c.alpha_2, "iso3": c.alpha_3, "aliases": aliases,
               "demonyms": ov.get("demonyms", []), "metonyms": ov.get("metonyms", [])}
        if ov.get("wikidata"):
            rec["wikidata"] = ov["wikidata"]
        rec["source"] = "pycountry (ISO 3166-1)" + ("; names, demonyms, capitals: our overlay" if ov else "")
        records.append(rec)
    for e in EXTRA:
        rec = {"id": e["id"], "name": e["name"], "kind": "state", "country": e["iso3"], "sector": "GOV",
               "iso2": e["iso2"], "iso3": e["iso3"], "aliases": e["aliases"], "demonyms": e["demonyms"],
               "metonyms": e["metonyms"], "wikidata": e["wikidata"], "source": e["note"]}
        records.append(rec)
    missing = set(extra) - {r["id"] for r in records}
    if missing:
        raise SystemExit(f"overlay codes unknown to pycountry: {sorted(missing)}")
    return records


def main() -> None:
    header = ("# Generated by scripts/build_states.py from pycountry and its overlay; edit the script, "
              "not this file.\n")
    body = yaml.safe_dump({"actors": build()}, allow_unicode=True, sort_keys=False, width=120)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
