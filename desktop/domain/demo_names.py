"""Made-up but believable Indonesian names for the demo registry.

Names follow the customs of the regions the demo's people come from: Sundanese and Javanese
two-part names, Batak given name + marga, Minang and Malay names without a family name, Bugis
names with Andi, Balinese birth-order names (I Wayan, Ni Made), Arabic-derived Muslim names
with their many spellings (Muhammad, Moh., M.), and Christian names with the family names of
NTT, Maluku and Papua. About one person in ten has a single name, as many older Javanese and
Sundanese do. Titles (H., Hj.) and degrees (S.Pd., A.Md.) appear now and then.

Pure data and a little arithmetic on a random number source: the demo generator calls
`make_name` a million times, so it picks from tuples and joins strings, nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.domain.choices import Education, Sex


@dataclass(frozen=True)
class NameStyle:
    """How people of one region are named. A name is a given name, then (unless single) a
    second given name or, where families have one, the family name (marga, fam)."""

    key: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    male_second: tuple[str, ...] = ()
    female_second: tuple[str, ...] = ()
    family: tuple[str, ...] = ()  # appended for both sexes
    single: float = 0.0  # share of people with a single name
    muslim: bool = True  # men and women back from the hajj write H. and Hj. before the name


def _words(text: str) -> tuple[str, ...]:
    """A pool written as one string; "/" joins words of one part ("Sri/Wahyuni")."""
    return tuple(part.replace("/", " ") for part in text.split())


SUNDANESE = NameStyle(
    key="sundanese",
    male=_words(
        "Asep Dede Ujang Cecep Dadang Encep Jajang Ade Agus Yayat Iwan Wawan Deden Endang Aep"
        " Acep Iyan Usep Engkos Dadan Kurnia Rahmat Hendra Yusuf Ayi Entis Dodi Mamat Oman"
        " Rudi Yana Eman Cahya Dani Rizal Ajat Opik Ikin Atang Ohim"
    ),
    female=_words(
        "Euis Neneng Imas Yati Iis Ai Enok Nining Cucu Eti Entin Yeni Lilis Nani Tati Ela"
        " Enung Dedeh Popon Rina Siti Nur Ida Neng Ika Sri Yuyun Enden Titin Ani Dewi Rosita"
        " Lina Oneng Icih Ecin Tini Wiwin Kokom Uneh"
    ),
    male_second=_words(
        "Sunarya Suryana Permana Hidayat Kurniawan Setiawan Rohmat Sumarna Supriatna Mulyana"
        " Rusmana Suhendar Hermawan Gunawan Sopandi Saepudin Rahmat Nugraha Firmansyah"
        " Ramdani Sukmana Sobari Hamdani Suherman Priatna Wijaya Kusnadi Solihin Mulyadi"
        " Juhana Gumilar Maulana Ruhiyat Somantri"
    ),
    female_second=_words(
        "Nurhayati Rohayati Komariah Maryani Sumiati Kurniasih Rahayu Mulyani Juariah Halimah"
        " Sukaesih Lestari Nurjanah Wulandari Rosmiati Suryani Kartika Herlina Fitriani"
        " Sumarni Rostika Nurlela Jubaedah Rukmini Setiawati Yuliani Rosdiana Aminah"
        " Anggraeni Purnamasari Nuraeni Hasanah"
    ),
    single=0.10,
)

JAVANESE = NameStyle(
    key="javanese",
    male=_words(
        "Budi Joko Agus Bambang Slamet Sugeng Wahyu Eko Dwi Tri Heru Hadi Teguh Yanto Bayu Adi"
        " Setyo Rudi Imam Wawan Suryo Puji Aris Bagus Dimas Gilang Sigit Hendro Anang Wahyudi"
        " Gatot Sapto Catur Danang"
    ),
    female=_words(
        "Sri Endang Siti Tri Dewi Rini Wulan Puji Yuli Ratna Tutik Kartini Ningsih Sulis Wahyu"
        " Retno Dyah Ayu Indah Nur Lestari Suci Tika Anik Umi Sari Erna Yayuk Ninik Diah"
    ),
    male_second=_words(
        "Santoso Wibowo Susanto Purnomo Prasetyo Setiawan Hartono Widodo Nugroho Suharto"
        " Saputra Kurniawan Hidayat Sutrisno Wijaya Riyanto Suprapto Haryanto Sulistyo"
        " Raharjo Pamungkas Utomo Priyanto Subagyo Budiman Prabowo Darmawan Wicaksono"
    ),
    female_second=_words(
        "Wahyuni Rahayu Lestari Handayani Utami Astuti Susanti Purwanti Wulandari Rahmawati"
        " Mulyani Indrawati Kusumawati Suryani Setyowati Pratiwi Hastuti Sulistyowati"
        " Widayati Rahmadani Yulianti Puspitasari Anggraini Maryati Sumarsih Fatmawati"
    ),
    single=0.18,
)
# Older Javanese and Sundanese often have one name only.
JAVANESE_SINGLE_MALE = _words(
    "Sutrisno Paijo Wagiman Sukirman Suparman Suwarno Sumarno Tukiman Karyo Rusdi Parman"
    " Sarmin Darmo Marjuki Ngadiman Suyatno"
)
JAVANESE_SINGLE_FEMALE = _words(
    "Suparmi Ngatini Sulastri Wartini Sumiyati Ngatiyem Sukarti Tukiyem Sumarni Kasmirah"
    " Painem Sutinah Marsinah Saminah Juminten Tuminah"
)

BATAK = NameStyle(
    key="batak",
    muslim=False,
    male=_words(
        "Tigor Poltak Binsar Martua Parulian Hotman Sahat Jonathan Daniel Roy Ronald Bonar"
        " Togar Marihot Hasudungan Benny Robert Samuel Rudolf Hendrik"
    ),
    female=_words(
        "Rosmawati Lasma Tiurma Rugun Sondang Debora Maria Ruth Nurhayati Romauli Sarma Tio"
        " Lamtiur Mega Rotua Friska Yohana Erika Lisbet Hotmaida"
    ),
    family=_words(
        "Simanjuntak Sihombing Siregar Nasution Lubis Harahap Situmorang Hutapea Panjaitan"
        " Sitorus Pardede Manurung Simatupang Sinaga Tambunan Silalahi Sembiring Ginting Tarigan"
        " Pohan Hutagalung Napitupulu Simbolon Pasaribu Damanik Saragih Purba Marpaung"
    ),
)

MINANG = NameStyle(
    key="minang",
    male=_words(
        "Rizal Afrizal Syafrizal Zulkifli Yusrizal Hendri Irwan Jasman Syahrial Edi Zulfikar"
        " Rahmad Yondri Erizal Amril Nofri Fadli Arif"
    ),
    female=_words(
        "Yusnimar Rosnaini Desmawati Nurhasanah Yenni Elvi Fitri Rahmi Yulia Zuraida Nelly"
        " Yessi Rosmaini Mardiana Elfira Syafrida Nofia Yulnita"
    ),
    male_second=_words("Putra Syahputra Saputra Hidayat Effendi Chaniago Tanjung Piliang Koto"),
    female_second=_words("Putri Yanti Wati Sari Rahmawati Fitria Hayati Susanti Dewi"),
    single=0.08,
)

BUGIS = NameStyle(
    key="bugis",
    male=_words(
        "Andi Andi Muhammad Syamsuddin Baharuddin Hasanuddin Amiruddin Jamaluddin Arifin"
        " Syahrir Rusdi Basri Mappa Ambo Upe Laode Hamzah"
    ),
    female=_words(
        "Andi Andi Hasnah Nurhayati Sitti Hasnawati Darmawati Nurhaedah Hasmiah Rosmini"
        " Suriani Mariani Rahmatia Hasriani Sitti/Aisyah"
    ),
    male_second=_words(
        "Baso Tenri Mappasessu Pawelloi Syamsul Rahman Kadir Amir Daeng/Ngalle Haris Ilyas"
        " Makkasau Palallo"
    ),
    female_second=_words(
        "Tenri Besse Tenriawaru Nurfaidah Rahmawati Hasanah Wahida Sabariah Nurlina Marwah"
    ),
    single=0.05,
)

BALINESE_ORDER_MALE = _words("Wayan Putu Gede Made Kadek Nengah Nyoman Komang Ketut")
BALINESE_ORDER_FEMALE = _words("Wayan Putu Luh Made Kadek Nengah Nyoman Komang Ketut")
BALINESE = NameStyle(
    key="balinese",
    muslim=False,
    male=_words(
        "Sudarma Suardana Artawan Wirawan Sutama Budiarta Agus/Putra Darma Sukadana"
        " Adi/Saputra Mertayasa Widiana Suarjana Arsana"
    ),
    female=_words(
        "Sri/Astuti Ayu/Lestari Suartini Sudiani Ariani Wahyuni Sukerti Darmayanti Sumiati"
        " Ayu/Widiastuti Puspawati Suarni Sukarmi"
    ),
)

MALAY = NameStyle(
    key="malay",
    male=_words(
        "Syahrul Zainal Hamzah Ismail Rosli Zulkarnain Azhar Khairul Hasbullah Samsul Jefri"
        " Harun Razali Nordin"
    ),
    female=_words(
        "Nurul Syarifah Zuraidah Rosnah Maimunah Rohani Halimah Salmah Nurbaya Fauziah"
        " Rahimah Zaleha Normah"
    ),
    male_second=_words("Azmi Effendi Anwar Hakim Rahman Syahputra Hasan Idris Yunus"),
    female_second=_words("Aini Huda Hayati Azizah Amalia Fitri Zahara Syafitri"),
    single=0.05,
)

MUSLIM = NameStyle(
    key="muslim",
    male=_words(
        "Muhammad Muhammad Mohammad Moh. M. Ahmad Achmad Abdul Nur Umar Ali Hasan Husein Ibrahim"
        " Ismail Yusuf Fauzan Rizki Faisal Hamid Ridwan Syaiful Lukman Zainal Anwar Arief"
    ),
    female=_words(
        "Siti Siti Nur Nurul Fatimah Aisyah Khadijah Zainab Annisa Azizah Fauziah Rahmah"
        " Hafsah Maryam Aminah Halimah Sakinah Salma Laila Nabila Rahma Zahra Ulfa Kholifah"
    ),
    male_second=_words(
        "Rizki Fauzi Hidayat Ramadhan Hakim Rahman Hasan Iqbal Maulana Syafii Kurniawan"
        " Hidayatullah Firdaus Ikhsan Habibi Arifin Mubarok Fadillah Nurdin Ilham"
        " Abdullah Anshori"
    ),
    female_second=_words(
        "Aminah Nurhaliza Rahmawati Fitriani Hasanah Khoirunnisa Nuraini Zulaikha Marlina"
        " Mardiyah Fadilah Humaira Rohmah Sholihah Jamilah Sa'adah Ma'rifah Nurjanah"
    ),
    single=0.03,
)

CHRISTIAN_EAST = NameStyle(
    key="christian_east",
    muslim=False,
    male=_words(
        "Yohanes Yosef Fransiskus Agustinus Petrus Paulus Markus Yakobus Stefanus Benediktus"
        " Aloysius Yulius Kornelis Marthen Yoseph Simon Filipus Melkianus Frans Dominggus"
    ),
    female=_words(
        "Maria Yuliana Theresia Agnes Katarina Elisabeth Veronika Margaretha Magdalena"
        " Fransiska Yohana Regina Susana Kristina Martha Ester Priska Selvi Yuliana Debora"
    ),
    family=_words(
        "Manek Bria Seran Nahak Tefa Lado Lobo Riwu Fernandes da/Costa da/Silva Parera Wolo"
        " Bata Pattiasina Pattinama Siahaya Leimena Tuhumury Latumahina Sahetapy Ririmasse"
        " Matulessy Wenda Kogoya Wonda Tabuni Rumbiak Mandowen Kambu Yikwa Wetipo Sawaki"
        " Rumbewas Yoku Karubaba Nenobais Tallo Kolo Ndun"
    ),
)

STYLES: dict[str, NameStyle] = {
    style.key: style
    for style in (SUNDANESE, JAVANESE, BATAK, MINANG, BUGIS, BALINESE, MALAY, MUSLIM)
}
STYLES[CHRISTIAN_EAST.key] = CHRISTIAN_EAST

# Which customs a person from a province most likely follows, by province code: the mix is
# weighted, and every region has Muslim names (most Indonesians are Muslim).
_PROVINCE_STYLES: dict[str, tuple[tuple[str, int], ...]] = {
    "32": (("sundanese", 60), ("muslim", 28), ("javanese", 10), ("batak", 1), ("minang", 1)),
    "36": (("sundanese", 40), ("muslim", 40), ("javanese", 20)),
    "31": (
        ("javanese", 30),
        ("muslim", 30),
        ("sundanese", 15),
        ("batak", 10),
        ("minang", 8),
        ("christian_east", 4),
        ("bugis", 3),
    ),
    "33": (("javanese", 75), ("muslim", 25)),
    "34": (("javanese", 75), ("muslim", 25)),
    "35": (("javanese", 70), ("muslim", 30)),
    "12": (("batak", 65), ("muslim", 20), ("malay", 10), ("javanese", 5)),
    "13": (("minang", 80), ("muslim", 20)),
    "14": (("malay", 60), ("muslim", 25), ("minang", 10), ("batak", 5)),
    "21": (("malay", 60), ("muslim", 25), ("batak", 10), ("javanese", 5)),
    "15": (("malay", 50), ("muslim", 30), ("javanese", 20)),
    "61": (("malay", 55), ("muslim", 25), ("christian_east", 20)),
    "51": (("balinese", 90), ("muslim", 10)),
    "73": (("bugis", 75), ("muslim", 25)),
    "76": (("bugis", 70), ("muslim", 30)),
    "74": (("bugis", 60), ("muslim", 40)),
    "53": (("christian_east", 90), ("muslim", 10)),
    "81": (("christian_east", 60), ("muslim", 40)),
    "82": (("muslim", 70), ("christian_east", 30)),
    "71": (("christian_east", 85), ("muslim", 15)),
}
_DEFAULT_STYLES = (("muslim", 55), ("javanese", 25), ("malay", 10), ("sundanese", 10))
_PAPUA = (("christian_east", 85), ("muslim", 10), ("javanese", 5))


def styles_for_province(code: str) -> tuple[tuple[str, int], ...]:
    """(style key, weight) pairs for people whose village is in province `code`."""
    if code.startswith("9"):  # the six Papuan provinces
        return _PAPUA
    return _PROVINCE_STYLES.get(code, _DEFAULT_STYLES)


Draw = Callable[[], float]  # random.Random.random: a float in [0, 1)


def pick(draw: Draw, items: Sequence[str]) -> str:
    """One of `items`, evenly (twice as fast as random.choice, which matters a million times)."""
    return items[int(draw() * len(items))]


def make_name(draw: Draw, style: NameStyle, sex: Sex) -> str:
    """A person's name in `style`, without titles."""
    female = sex is Sex.FEMALE
    given = style.female if female else style.male
    if style is BALINESE:
        order = pick(draw, BALINESE_ORDER_FEMALE if female else BALINESE_ORDER_MALE)
        return f"{'Ni' if female else 'I'} {order} {pick(draw, given)}"
    second = style.female_second if female else style.male_second
    if draw() < style.single:
        if (style is JAVANESE or style is SUNDANESE) and draw() < 0.5:
            return pick(draw, JAVANESE_SINGLE_FEMALE if female else JAVANESE_SINGLE_MALE)
        return pick(draw, second or given)
    first = pick(draw, given)
    if style.family:
        if draw() < 0.3:  # a second given name before the family name
            other = pick(draw, given)
            if other != first:
                first = f"{first} {other}"
        return f"{first} {pick(draw, style.family)}"
    if style is MALAY and draw() < 0.08:
        # "bin"/"binti": Malay KTPs sometimes carry the father's name.
        return f"{first} {'binti' if female else 'bin'} {pick(draw, MALAY.male)}"
    if style is MUSLIM and first == "Abdul":
        return f"{first} {pick(draw, _ABDUL)}"  # Abdul is "servant of" one of God's names
    last = pick(draw, second)
    return first if last == first else f"{first} {last}"


_ABDUL = _words("Rahman Rahim Aziz Hakim Karim Latif Majid Malik Halim Wahab Gani Rosyid")


# Degrees written after the name, by the education they stand for.
DEGREES: dict[Education, tuple[str, ...]] = {
    Education.D4_S1: ("S.Pd.", "S.E.", "S.Kom.", "S.Sos.", "S.Pd.I.", "S.P."),
    Education.D3: ("A.Md.",),
}
HAJI = {Sex.MALE: "H.", Sex.FEMALE: "Hj."}  # after the pilgrimage, usually past 40


def with_titles(name: str, *, haji: bool, sex: Sex, degree: str = "") -> str:
    """`name` as written on a form with its titles: "Hj. Siti Aminah, S.Pd."."""
    if haji:
        name = f"{HAJI[sex]} {name}"
    if degree:
        name = f"{name}, {degree}"
    return name
