//! Table-driven checks of inflected, transliterated and misspelt names,
//! through the public API only.
//!
//! Each row: a text; `(surface, canonical name)` pairs that must be found
//! (some entity of that name has a mention with exactly that text); and
//! pairs that must not be (`"*"` as the name: no entity at all).

use gazette::{Document, Extraction, Extractor};
use once_cell::sync::Lazy;

static EXTRACTOR: Lazy<Extractor> =
    Lazy::new(|| Extractor::with_default_gazetteer().expect("default gazetteer loads"));

type Pairs = &'static [(&'static str, &'static str)];

struct Case {
    text: &'static str,
    has: Pairs,
    not: Pairs,
}

const fn c(text: &'static str, has: Pairs, not: Pairs) -> Case {
    Case { text, has, not }
}

const NONE: Pairs = &[];

/// People in the gazetteer, in Ukrainian case forms.
const PEOPLE_UK: &[Case] = &[
    c(
        "Умєров провів зустріч з Марком Рютте.",
        &[("Марком Рютте", "Mark Rutte"), ("Умєров", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Міністр розмовляв з Андрієм Сибігою.",
        &[("Андрієм Сибігою", "Andrii Sybiha")],
        NONE,
    ),
    c(
        "Андрія Сибіги не було на засіданні.",
        &[("Андрія Сибіги", "Andrii Sybiha")],
        NONE,
    ),
    c(
        "Слово надали Андрію Сибізі.",
        &[("Андрію Сибізі", "Andrii Sybiha")],
        NONE,
    ),
    c(
        "Сибіга заявив, що Сибігу запросили.",
        &[("Сибіга", "Andrii Sybiha"), ("Сибігу", "Andrii Sybiha")],
        NONE,
    ),
    c(
        "Рустем Умєров прибув до Брюсселя.",
        &[("Рустем Умєров", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Президент доручив Умєрову підготувати план.",
        &[("Умєрову", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Зустріч з Рустемом Умєровим тривала годину.",
        &[("Рустемом Умєровим", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Без Рустема Умєрова рішення не ухвалили.",
        &[("Рустема Умєрова", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Делегацію очолив Умєров, а Умєрова підтримали партнери.",
        &[("Умєров", "Rustem Umerov"), ("Умєрова", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Розмова з Умєровим була тривалою.",
        &[("Умєровим", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Указ підписав Володимир Зеленський.",
        &[("Володимир Зеленський", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "Звернення Зеленського вийшло ввечері.",
        &[("Зеленського", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "Лист передали Володимиру Зеленському.",
        &[("Володимиру Зеленському", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "Прем'єр зустрівся з Володимиром Зеленським.",
        &[("Володимиром Зеленським", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "Журналісти запитали Зеленського про це.",
        &[("Зеленського", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "У розмові із Зеленським ішлося про ППО.",
        &[("Зеленським", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "Олена Зеленська відвідала школу.",
        &[("Олена Зеленська", "Olena Zelenska")],
        NONE,
    ),
    c(
        "Разом з Оленою Зеленською приїхала делегація.",
        &[("Оленою Зеленською", "Olena Zelenska")],
        NONE,
    ),
    c(
        "Кая Каллас прибула до Києва.",
        &[("Кая Каллас", "Kaja Kallas")],
        NONE,
    ),
    c(
        "Сибіга провів переговори з Каєю Каллас.",
        &[("Каєю Каллас", "Kaja Kallas")],
        NONE,
    ),
    c(
        "Пропозицію Каї Каллас підтримали.",
        &[("Каї Каллас", "Kaja Kallas")],
        NONE,
    ),
    c(
        "Заяву Каллас оприлюднили в Брюсселі.",
        &[("Каллас", "Kaja Kallas")],
        NONE,
    ),
    c(
        "Міністр подякував Каллас за підтримку.",
        &[("Каллас", "Kaja Kallas")],
        NONE,
    ),
    c(
        "Сибіга зустрівся з Андрюсом Кубілюсом.",
        &[("Андрюсом Кубілюсом", "Andrius Kubilius")],
        NONE,
    ),
    c(
        "Угоду з Кубілюсом підписали вчора.",
        &[("Кубілюсом", "Andrius Kubilius")],
        NONE,
    ),
    c(
        "Ініціатива Кубілюса отримала підтримку.",
        &[("Кубілюса", "Andrius Kubilius")],
        NONE,
    ),
    c(
        "Міністр говорив з Джоном Гілі.",
        &[("Джоном Гілі", "John Healey")],
        NONE,
    ),
    c(
        "Розмова з Борисом Пісторіусом відбулася в Берліні.",
        &[("Борисом Пісторіусом", "Boris Pistorius")],
        NONE,
    ),
    c(
        "Позицію Пісторіуса пояснив речник.",
        &[("Пісторіуса", "Boris Pistorius")],
        NONE,
    ),
    c(
        "Умєров зустрівся зі Скоттом Бреєм.",
        &[("Скоттом Бреєм", "Scott Bray")],
        NONE,
    ),
    c(
        "Президент зустрівся з Юлією Свириденко.",
        &[("Юлією Свириденко", "Yulia Svyrydenko")],
        NONE,
    ),
    c(
        "Доповідь Юлії Свириденко тривала годину.",
        &[("Юлії Свириденко", "Yulia Svyrydenko")],
        NONE,
    ),
    c(
        "Ірина Верещук заявила про обмін.",
        &[("Ірина Верещук", "Iryna Vereshchuk")],
        NONE,
    ),
    c(
        "Слово надали Ірині Верещук.",
        &[("Ірині Верещук", "Iryna Vereshchuk")],
        NONE,
    ),
    c(
        "Візит Урсули фон дер Ляєн завершився.",
        &[("Урсули фон дер Ляєн", "Ursula von der Leyen")],
        NONE,
    ),
    c(
        "Президент говорив з Емманюелем Макроном.",
        &[("Емманюелем Макроном", "Emmanuel Macron")],
        NONE,
    ),
    c(
        "Делегація Макрона прибула.",
        &[("Макрона", "Emmanuel Macron")],
        NONE,
    ),
    c(
        "Зустріч з Олександром Сирським відбулась на фронті.",
        &[("Олександром Сирським", "Oleksandr Syrskyi")],
        NONE,
    ),
    c(
        "Доповідь Сирського заслухали.",
        &[("Сирського", "Oleksandr Syrskyi")],
        NONE,
    ),
    c(
        "Зустріч з Валерієм Залужним відбулась у Лондоні.",
        &[("Валерієм Залужним", "Valerii Zaluzhnyi")],
        NONE,
    ),
    c(
        "Пропозиції Дениса Шмигаля обговорили.",
        &[("Дениса Шмигаля", "Denys Shmyhal")],
        NONE,
    ),
    c(
        "Міністр зустрівся з Денисом Шмигалем.",
        &[("Денисом Шмигалем", "Denys Shmyhal")],
        NONE,
    ),
    c(
        "Андрій Єрмак прибув до Вашингтона.",
        &[("Андрій Єрмак", "Andriy Yermak")],
        NONE,
    ),
    c(
        "Переговори з Андрієм Єрмаком тривали.",
        &[("Андрієм Єрмаком", "Andriy Yermak")],
        NONE,
    ),
    c(
        "Команда Єрмака готує візит.",
        &[("Єрмака", "Andriy Yermak")],
        NONE,
    ),
    c(
        "Зустріч з Дмитром Кулебою відбулася у Варшаві.",
        &[("Дмитром Кулебою", "Dmytro Kuleba")],
        NONE,
    ),
    c(
        "Розмова з Петром Порошенком тривала.",
        &[("Петром Порошенком", "Petro Poroshenko")],
        NONE,
    ),
    c(
        "Ідеться про Віталія Кличка.",
        &[("Віталія Кличка", "Vitali Klitschko")],
        NONE,
    ),
    c(
        "Переговори з Дональдом Трампом відбулися.",
        &[("Дональдом Трампом", "Donald Trump")],
        NONE,
    ),
    c(
        "Санкції проти Володимира Путіна посилили.",
        &[("Володимира Путіна", "Vladimir Putin")],
        NONE,
    ),
    c(
        "Посол передав лист Марку Рютте.",
        &[("Марку Рютте", "Mark Rutte")],
        NONE,
    ),
    c(
        "Президент говорив з Ангелою Меркель.",
        &[("Ангелою Меркель", "Angela Merkel")],
        NONE,
    ),
    c(
        "Міністр зустрівся з Анналеною Бербок.",
        &[("Анналеною Бербок", "Annalena Baerbock")],
        NONE,
    ),
    c(
        "Візит Джорджі Мелоні відбувся в Римі.",
        &[("Джорджі Мелоні", "Giorgia Meloni")],
        NONE,
    ),
];

/// Places, Ukrainian case forms.
const PLACES_UK: &[Case] = &[
    c("Зустріч відбулася в Києві.", &[("Києві", "Kyiv")], NONE),
    c("Делегація прибула до Києва.", &[("Києва", "Kyiv")], NONE),
    c("Допомогу надіслали Києву.", &[("Києву", "Kyiv")], NONE),
    c("Над Києвом збили ракети.", &[("Києвом", "Kyiv")], NONE),
    c("Київ пережив атаку.", &[("Київ", "Kyiv")], NONE),
    c(
        "Переговори відбулися в Брюсселі.",
        &[("Брюсселі", "Brussels")],
        NONE,
    ),
    c(
        "Міністр прибув до Брюсселя.",
        &[("Брюсселя", "Brussels")],
        NONE,
    ),
    c("Делегація Литви прибула.", &[("Литви", "Lithuania")], NONE),
    c("Навчання пройшли в Литві.", &[("Литві", "Lithuania")], NONE),
    c(
        "Угоду з Литвою підписали.",
        &[("Литвою", "Lithuania")],
        NONE,
    ),
    c("Литва надасть допомогу.", &[("Литва", "Lithuania")], NONE),
    c(
        "Міністр оборони Великої Британії прибув.",
        &[("Великої Британії", "United Kingdom")],
        NONE,
    ),
    c(
        "У Великій Британії обговорили допомогу.",
        &[("Великій Британії", "United Kingdom")],
        NONE,
    ),
    c(
        "Україна та Велика Британія підписали угоду.",
        &[("Велика Британія", "United Kingdom")],
        NONE,
    ),
    c(
        "Угоду з Великою Британією ратифікували.",
        &[("Великою Британією", "United Kingdom")],
        NONE,
    ),
    c(
        "Посол Сполучених Штатів заявив.",
        &[("Сполучених Штатів", "United States")],
        NONE,
    ),
    c(
        "Подяка Сполученим Штатам прозвучала.",
        &[("Сполученим Штатам", "United States")],
        NONE,
    ),
    c(
        "Угоду зі Сполученими Штатами підписали.",
        &[("Сполученими Штатами", "United States")],
        NONE,
    ),
    c(
        "У Сполучених Штатах пройшли вибори.",
        &[("Сполучених Штатах", "United States")],
        NONE,
    ),
    c(
        "Сполучені Штати виділили допомогу.",
        &[("Сполучені Штати", "United States")],
        NONE,
    ),
    c(
        "Ситуація в Харківській області загострилася.",
        &[("Харківській області", "Kharkiv Oblast")],
        NONE,
    ),
    c(
        "Жителі Харківської області отримали допомогу.",
        &[("Харківської області", "Kharkiv Oblast")],
        NONE,
    ),
    c(
        "Удари по Одеській області тривають.",
        &[("Одеській області", "Odesa Oblast")],
        NONE,
    ),
    c(
        "Обстріли Донецької області не припиняються.",
        &[("Донецької області", "Donetsk Oblast")],
        NONE,
    ),
    c(
        "На Львівщині пролунали вибухи.",
        &[("Львівщині", "Lviv Oblast")],
        NONE,
    ),
    c(
        "Ситуація на Харківщині складна.",
        &[("Харківщині", "Kharkiv Oblast")],
        NONE,
    ),
    c("Зустріч відбулася у Львові.", &[("Львові", "Lviv")], NONE),
    c("Удар по Харкову засудили.", &[("Харкову", "Kharkiv")], NONE),
    c("Атаки на Одесу тривають.", &[("Одесу", "Odesa")], NONE),
    c("Делегація прибула до Одеси.", &[("Одеси", "Odesa")], NONE),
    c(
        "Переговори у Варшаві завершилися.",
        &[("Варшаві", "Warsaw")],
        NONE,
    ),
    c(
        "Візит до Вашингтона запланований.",
        &[("Вашингтона", "Washington, D.C.")],
        NONE,
    ),
    c(
        "Саміт у Вашингтоні завершився.",
        &[("Вашингтоні", "Washington, D.C.")],
        NONE,
    ),
    c("Зустріч у Парижі відбулася.", &[("Парижі", "Paris")], NONE),
    c(
        "Переговори в Берліні тривали.",
        &[("Берліні", "Berlin")],
        NONE,
    ),
    c(
        "Конференція в Лондоні завершилася.",
        &[("Лондоні", "London")],
        NONE,
    ),
    c(
        "Саміт у Вільнюсі відкрили.",
        &[("Вільнюсі", "Vilnius")],
        NONE,
    ),
    c("Зустріч у Ризі відбулася.", &[("Ризі", "Riga")], NONE),
    c(
        "Переговори в Празі завершилися.",
        &[("Празі", "Prague")],
        NONE,
    ),
    c("Заява з Москви прозвучала.", &[("Москви", "Moscow")], NONE),
    c("У Москві відбувся парад.", &[("Москві", "Moscow")], NONE),
    c(
        "Переговори в Стамбулі тривали.",
        &[("Стамбулі", "Istanbul")],
        NONE,
    ),
    c(
        "Візит до Таллінна відбувся.",
        &[("Таллінна", "Tallinn")],
        NONE,
    ),
    c(
        "Зустріч у Бухаресті завершилася.",
        &[("Бухаресті", "Bucharest")],
        NONE,
    ),
    c("Удар по Дніпру засудили.", &[("Дніпру", "Dnipro")], NONE),
    c(
        "Вибухи в Запоріжжі пролунали вночі.",
        &[("Запоріжжі", "Zaporizhzhia")],
        NONE,
    ),
    c(
        "Атака на Миколаїв відбулася вночі.",
        &[("Миколаїв", "Mykolaiv")],
        NONE,
    ),
    c(
        "Удар по Миколаєву засудили.",
        &[("Миколаєву", "Mykolaiv")],
        NONE,
    ),
    c("Делегація Франції прибула.", &[("Франції", "France")], NONE),
    c(
        "Угода з Німеччиною набула чинності.",
        &[("Німеччиною", "Germany")],
        NONE,
    ),
    c(
        "Навчання в Польщі завершилися.",
        &[("Польщі", "Poland")],
        NONE,
    ),
    c(
        "Угода з Естонією підписана.",
        &[("Естонією", "Estonia")],
        NONE,
    ),
    c("Делегація Латвії прибула.", &[("Латвії", "Latvia")], NONE),
    c(
        "Переговори в Туреччині тривали.",
        &[("Туреччині", "Turkey")],
        NONE,
    ),
    c(
        "Допомога від Нідерландів надійшла.",
        &[("Нідерландів", "Netherlands")],
        NONE,
    ),
    c(
        "У Нідерландах пройшли вибори.",
        &[("Нідерландах", "Netherlands")],
        NONE,
    ),
    c("Посол Японії заявив.", &[("Японії", "Japan")], NONE),
    c(
        "Делегація Румунії прибула.",
        &[("Румунії", "Romania")],
        NONE,
    ),
    c(
        "Угода з Молдовою підписана.",
        &[("Молдовою", "Moldova")],
        NONE,
    ),
    c("Агресія Росії триває.", &[("Росії", "Russia")], NONE),
    c("Допомога Україні надійде.", &[("Україні", "Ukraine")], NONE),
    c(
        "Делегація з Чехії прибула.",
        &[("Чехії", "Czech Republic")],
        NONE,
    ),
    c(
        "Вибори в Грузії відбулися.",
        &[("Грузії", "Georgia (country)")],
        NONE,
    ),
    c("Загроза в Криму зростає.", &[("Криму", "Crimea")], NONE),
    c("Бої на Донбасі тривають.", &[("Донбасі", "Donbas")], NONE),
    c(
        "Безпека Європи під загрозою.",
        &[("Європи", "Europe")],
        NONE,
    ),
    c(
        "Переговори в Анкарі відбулися.",
        &[("Анкарі", "Ankara")],
        NONE,
    ),
    c(
        "Бої під Покровськом тривають.",
        &[("Покровськом", "Pokrovsk")],
        NONE,
    ),
    c(
        "Ситуація біля Куп'янська складна.",
        &[("Куп'янська", "Kupiansk")],
        NONE,
    ),
    c("Удар по Сумах засудили.", &[("Сумах", "Sumy")], NONE),
    c("Делегація прибула до Відня.", &[("Відня", "Vienna")], NONE),
    c(
        "Саміт у Гельсінкі відбувся.",
        &[("Гельсінкі", "Helsinki")],
        NONE,
    ),
];

/// Organisations: the head declines, abbreviations stay.
const ORGS_UK: &[Case] = &[
    c(
        "Представники Міністерства оборони України прибули.",
        &[(
            "Міністерства оборони України",
            "Ministry of Defence (Ukraine)",
        )],
        NONE,
    ),
    c(
        "Лист надіслали Міністерству оборони України.",
        &[(
            "Міністерству оборони України",
            "Ministry of Defence (Ukraine)",
        )],
        NONE,
    ),
    c(
        "Угоду з Міністерством оборони України підписали.",
        &[(
            "Міністерством оборони України",
            "Ministry of Defence (Ukraine)",
        )],
        NONE,
    ),
    c(
        "У Міністерстві оборони України заявили.",
        &[(
            "Міністерстві оборони України",
            "Ministry of Defence (Ukraine)",
        )],
        NONE,
    ),
    c(
        "Міністерство оборони України повідомило.",
        &[(
            "Міністерство оборони України",
            "Ministry of Defence (Ukraine)",
        )],
        NONE,
    ),
    c(
        "У Міноборони заявили про нову закупівлю.",
        &[("Міноборони", "Ministry of Defence (Ukraine)")],
        NONE,
    ),
    c(
        "Військові Збройних сил України відбили атаку.",
        &[("Збройних сил України", "Armed Forces of Ukraine")],
        NONE,
    ),
    c(
        "Допомогу передали Збройним силам України.",
        &[("Збройним силам України", "Armed Forces of Ukraine")],
        NONE,
    ),
    c(
        "Навчання зі Збройними силами України завершилися.",
        &[("Збройними силами України", "Armed Forces of Ukraine")],
        NONE,
    ),
    c(
        "У Збройних силах України служать тисячі жінок.",
        &[("Збройних силах України", "Armed Forces of Ukraine")],
        NONE,
    ),
    c(
        "Збройні сили України звільнили село.",
        &[("Збройні сили України", "Armed Forces of Ukraine")],
        NONE,
    ),
    c(
        "Бійці ЗСУ відбили атаку.",
        &[("ЗСУ", "Armed Forces of Ukraine")],
        NONE,
    ),
    c(
        "Допомога для ЗСУ надійшла.",
        &[("ЗСУ", "Armed Forces of Ukraine")],
        NONE,
    ),
    c("Саміт НАТО відбувся у Гаазі.", &[("НАТО", "NATO")], NONE),
    c(
        "Україна прагне до НАТО. В Альянсі це обговорюють.",
        &[("НАТО", "NATO"), ("Альянсі", "NATO")],
        NONE,
    ),
    c(
        "Генсек НАТО заявив, що Альянс готовий.",
        &[("Альянс", "NATO")],
        NONE,
    ),
    c(
        "Членство в НАТО і рішення Альянсу.",
        &[("Альянсу", "NATO")],
        NONE,
    ),
    c(
        "Альянс молодих фермерів провів збори.",
        NONE,
        &[("Альянс", "NATO")],
    ),
    c(
        "Допомога від США надійшла.",
        &[("США", "United States")],
        NONE,
    ),
    c(
        "Посол США заявив про підтримку.",
        &[("США", "United States")],
        NONE,
    ),
    c(
        "Рішення Європейського Союзу ухвалене.",
        &[("Європейського Союзу", "European Union")],
        NONE,
    ),
    c(
        "Україна і Європейський Союз підписали угоду.",
        &[("Європейський Союз", "European Union")],
        NONE,
    ),
    c(
        "Переговори з Євросоюзом тривають.",
        &[("Євросоюзом", "European Union")],
        NONE,
    ),
    c("Позиція ЄС незмінна.", &[("ЄС", "European Union")], NONE),
    c(
        "Рішення Ради національної безпеки і оборони України оприлюднено.",
        &[(
            "Ради національної безпеки і оборони України",
            "National Security and Defense Council of Ukraine",
        )],
        NONE,
    ),
    c(
        "Засідання Верховної Ради відбулося.",
        &[("Верховної Ради", "Verkhovna Rada")],
        NONE,
    ),
    c(
        "У Верховній Раді зареєстрували законопроєкт.",
        &[("Верховній Раді", "Verkhovna Rada")],
        NONE,
    ),
    c(
        "Звернення до Служби безпеки України надійшло.",
        &[("Служби безпеки України", "Security Service of Ukraine")],
        NONE,
    ),
    c(
        "Співробітники СБУ затримали агента.",
        &[("СБУ", "Security Service of Ukraine")],
        NONE,
    ),
    c(
        "Засідання Генеральної Асамблеї ООН відбулося.",
        &[(
            "Генеральної Асамблеї ООН",
            "United Nations General Assembly",
        )],
        NONE,
    ),
    c(
        "У Пентагоні заявили про нову допомогу.",
        &[("Пентагоні", "The Pentagon")],
        NONE,
    ),
    c(
        "Представник Пентагону заявив.",
        &[("Пентагону", "The Pentagon")],
        NONE,
    ),
    c(
        "Рішення Європейської комісії ухвалене.",
        &[("Європейської комісії", "European Commission")],
        NONE,
    ),
    c(
        "У Білому домі заявили.",
        &[("Білому домі", "White House")],
        NONE,
    ),
    c(
        "Кредит від Міжнародного валютного фонду надійшов.",
        &[(
            "Міжнародного валютного фонду",
            "International Monetary Fund",
        )],
        NONE,
    ),
    c(
        "Рішення Кабінету Міністрів України ухвалене.",
        &[(
            "Кабінету Міністрів України",
            "Cabinet of Ministers of Ukraine",
        )],
        NONE,
    ),
    c(
        "Заява Офісу Президента України.",
        &[(
            "Офісу Президента України",
            "Office of the President of Ukraine",
        )],
        NONE,
    ),
    c(
        "Співпраця з Національним банком України триває.",
        &[("Національним банком України", "National Bank of Ukraine")],
        NONE,
    ),
    c(
        "Бійці Національної гвардії України відбили атаку.",
        &[("Національної гвардії України", "National Guard of Ukraine")],
        NONE,
    ),
    c(
        "Засідання Ради Безпеки ООН скликали.",
        &[("Ради Безпеки ООН", "United Nations Security Council")],
        NONE,
    ),
];

/// Russian forms of common names and places.
const RUSSIAN: &[Case] = &[
    c("Встреча прошла в Киеве.", &[("Киеве", "Kyiv")], NONE),
    c("Делегация прибыла в Киев.", &[("Киев", "Kyiv")], NONE),
    c(
        "Ракеты летели на Киев, удар по Киеву отбит.",
        &[("Киеву", "Kyiv")],
        NONE,
    ),
    c(
        "Министр обороны Умеров заявил.",
        &[("Умеров", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Журналисты спросили Умерова.",
        &[("Умерова", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Переговоры с Рустемом Умеровым прошли.",
        &[("Рустемом Умеровым", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Встреча с Зеленским прошла.",
        &[("Зеленским", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "Владимир Зеленский выступил.",
        &[("Владимир Зеленский", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "Заявление Зеленского вышло.",
        &[("Зеленского", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "Андрей Ермак прибыл в Вашингтон.",
        &[("Андрей Ермак", "Andriy Yermak")],
        NONE,
    ),
    c(
        "Переговоры с Андреем Ермаком шли долго.",
        &[("Андреем Ермаком", "Andriy Yermak")],
        NONE,
    ),
    c(
        "Глава МИД Андрей Сибига встретился с коллегой.",
        &[("Андрей Сибига", "Andrii Sybiha")],
        NONE,
    ),
    c("Переговоры в Москве прошли.", &[("Москве", "Moscow")], NONE),
    c(
        "Удар по Харькову осудили.",
        &[("Харькову", "Kharkiv")],
        NONE,
    ),
    c(
        "Ситуация в Харьковской области сложная.",
        &[("Харьковской области", "Kharkiv Oblast")],
        NONE,
    ),
    c(
        "Встреча с Марком Рютте состоялась.",
        &[("Марком Рютте", "Mark Rutte")],
        NONE,
    ),
    c("Встреча прошла в Литве.", &[("Литве", "Lithuania")], NONE),
    c(
        "Встреча с Владимиром Путиным прошла.",
        &[("Владимиром Путиным", "Vladimir Putin")],
        NONE,
    ),
    c(
        "Заявление Министерства обороны Украины.",
        &[(
            "Министерства обороны Украины",
            "Ministry of Defence (Ukraine)",
        )],
        NONE,
    ),
    c(
        "Военные Вооруженных сил Украины отбили атаку.",
        &[("Вооруженных сил Украины", "Armed Forces of Ukraine")],
        NONE,
    ),
];

/// Transliteration and spelling variants.
const VARIANTS: &[Case] = &[
    c(
        "Rustem Umerov met his counterpart.",
        &[("Rustem Umerov", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Rustem Umierov met his counterpart.",
        &[("Rustem Umierov", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Rustem Umerov said later that Umierov would go.",
        &[("Umierov", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Defence Minister Umerov spoke.",
        &[("Umerov", "Rustem Umerov")],
        NONE,
    ),
    c(
        "President Zelensky spoke.",
        &[("Zelensky", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "President Zelenskyy spoke.",
        &[("Zelenskyy", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "President Zelenskiy spoke.",
        &[("Zelenskiy", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "Volodymyr Zelensky met Mark Rutte.",
        &[
            ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
            ("Mark Rutte", "Mark Rutte"),
        ],
        NONE,
    ),
    c(
        "Vladimir Zelensky met Mark Rutte.",
        &[("Vladimir Zelensky", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c("The talks were held in Kyiv.", &[("Kyiv", "Kyiv")], NONE),
    c("The talks were held in Kiev.", &[("Kiev", "Kyiv")], NONE),
    c(
        "Andrii Sybiha met Kaja Kallas.",
        &[
            ("Andrii Sybiha", "Andrii Sybiha"),
            ("Kaja Kallas", "Kaja Kallas"),
        ],
        NONE,
    ),
    c(
        "Andriy Sybiga met Kaja Kallas.",
        &[("Andriy Sybiga", "Andrii Sybiha")],
        NONE,
    ),
    c(
        "Andrii Sybiha arrived; Sibiga said the talks went well.",
        &[("Sibiga", "Andrii Sybiha")],
        NONE,
    ),
    c(
        "Foreign Minister Andrii Sybiha said Sybiga would travel.",
        &[("Sybiga", "Andrii Sybiha")],
        NONE,
    ),
    c(
        "Andriy Yermak met Jake Sullivan.",
        &[("Andriy Yermak", "Andriy Yermak")],
        NONE,
    ),
    c(
        "Andrii Yermak met Jake Sullivan.",
        &[("Andrii Yermak", "Andriy Yermak")],
        NONE,
    ),
    c(
        "Major General Volodymyr Horbatiuk said. Later Horbatyuk added details.",
        &[
            ("Volodymyr Horbatiuk", "Volodymyr Horbatiuk"),
            ("Horbatyuk", "Volodymyr Horbatiuk"),
        ],
        NONE,
    ),
    c(
        "Умеров прибыл в Брюссель.",
        &[("Умеров", "Rustem Umerov")],
        NONE,
    ),
    c(
        "Зеленский провел встречу.",
        &[("Зеленский", "Volodymyr Zelenskyy")],
        NONE,
    ),
    c(
        "Андрей Ермак провел встречу.",
        &[("Андрей Ермак", "Andriy Yermak")],
        NONE,
    ),
    c(
        "Olena Zelenskaya visited a school.",
        &[("Olena Zelenskaya", "Olena Zelenska")],
        NONE,
    ),
    c(
        "Aleksandar Vucic met Viktor Orban.",
        &[
            ("Aleksandar Vucic", "Aleksandar Vučić"),
            ("Viktor Orban", "Viktor Orbán"),
        ],
        NONE,
    ),
    c(
        "Dovile Sakaliene met Rustem Umerov.",
        &[("Dovile Sakaliene", "Dovilė Šakalienė")],
        NONE,
    ),
    c(
        "Anthony Blinken visited Kyiv.",
        &[("Anthony Blinken", "Antony Blinken")],
        NONE,
    ),
    c(
        "Tony Blinken visited Kyiv.",
        &[("Tony Blinken", "Antony Blinken")],
        NONE,
    ),
];

/// Near-miss spellings: linked with a known given name beside them, not otherwise.
const NEAR_MISS: &[Case] = &[
    c(
        "Sébastien Lecorne met Rustem Umerov.",
        &[("Sébastien Lecorne", "Sébastien Lecornu")],
        NONE,
    ),
    c(
        "Sebastien Lecorne met Rustem Umerov.",
        &[("Sebastien Lecorne", "Sébastien Lecornu")],
        NONE,
    ),
    c(
        "Antony Blinkin visited Kyiv.",
        &[("Antony Blinkin", "Antony Blinken")],
        NONE,
    ),
    c(
        "Anthony Blinkin visited Kyiv.",
        &[("Anthony Blinkin", "Antony Blinken")],
        NONE,
    ),
    c(
        "Boris Pistorious arrived in Kyiv.",
        &[("Boris Pistorious", "Boris Pistorius")],
        NONE,
    ),
    c(
        "Lloyd Austen visited Kyiv.",
        &[("Lloyd Austen", "Lloyd Austin")],
        NONE,
    ),
    c(
        "Kaja Kalas arrived in Kyiv.",
        &[("Kaja Kalas", "Kaja Kallas")],
        NONE,
    ),
    c(
        "Jens Stoltenburg arrived in Kyiv.",
        &[("Jens Stoltenburg", "Jens Stoltenberg")],
        NONE,
    ),
    c(
        "Pierre Lecorne, a farmer, spoke.",
        NONE,
        &[("Pierre Lecorne", "Sébastien Lecornu")],
    ),
    c(
        "The Lecorne family gathered.",
        NONE,
        &[("Lecorne", "Sébastien Lecornu")],
    ),
    c(
        "Sébastien Lacombe, a chef, cooked.",
        NONE,
        &[("Sébastien Lacombe", "Sébastien Lecornu")],
    ),
    c(
        "Antony Blunt was a spy.",
        NONE,
        &[("Antony Blunt", "Antony Blinken")],
    ),
    c(
        "Mark Ruffalo starred in the film.",
        NONE,
        &[("Mark Ruffalo", "Mark Rutte")],
    ),
    c(
        "Boris Pasternak wrote novels.",
        NONE,
        &[("Boris Pasternak", "Boris Pistorius")],
    ),
    c(
        "Kaja Kowalska, a nurse, spoke.",
        NONE,
        &[("Kaja Kowalska", "Kaja Kallas")],
    ),
];

/// People the gazetteer lacks: titles, given names, bylines; later by surname.
const UNKNOWN: &[Case] = &[
    c("Lieutenant General Marek Zawadowski said the brigade held. Zawadowski added that more troops came.", &[("Marek Zawadowski", "Marek Zawadowski"), ("Zawadowski", "Marek Zawadowski")], NONE),
    c("Deputy Minister Halvard Brenneke met the delegation. Brenneke said the talks went well.", &[("Halvard Brenneke", "Halvard Brenneke"), ("Brenneke", "Halvard Brenneke")], NONE),
    c("Colonel Ostap Hrytsevych commanded the unit.", &[("Ostap Hrytsevych", "Ostap Hrytsevych")], NONE),
    c("Ambassador Pernille Dyrholm presented her credentials.", &[("Pernille Dyrholm", "Pernille Dyrholm")], NONE),
    c("Author: Liliana Oleniak", &[("Liliana Oleniak", "Liliana Oleniak")], NONE),
    c("Mr. Quenneville left the room.", &[("Quenneville", "Quenneville")], NONE),
    c("Умєров зустрівся з генерал-лейтенантом Остапом Гнатюком. Гнатюк доповів про ситуацію.", &[("Остапом Гнатюком", "Ostap Hnatiuk"), ("Гнатюк", "Ostap Hnatiuk")], NONE),
    c("Міністр провів зустріч із заступником міністра Тарасом Мельничуком. Мельничука запросили на нараду.", &[("Тарасом Мельничуком", "Taras Melnychuk"), ("Мельничука", "Taras Melnychuk")], NONE),
    c("Делегацію очолив радник Богдан Ящишин. Ящишину доручили звіт.", &[("Богдан Ящишин", "Bohdan Yashchyshyn"), ("Ящишину", "Bohdan Yashchyshyn")], NONE),
    c("Заяву оприлюднив речник Ігор Ковтуненко.", &[("Ігор Ковтуненко", "Ihor Kovtunenko")], NONE),
    c("Сибіга говорив з послом Олегом Сокирком. Сокирко подякував.", &[("Олегом Сокирком", "Oleh Sokyrko"), ("Сокирко", "Oleh Sokyrko")], NONE),
    c("Розмова з Оксаною Дзюбенко тривала годину. Дзюбенко заявила, що співпраця триває.", &[("Оксаною Дзюбенко", "Oksana Dziubenko"), ("Дзюбенко", "Oksana Dziubenko")], NONE),
    c("Зустріч з Іриною Полатайко відбулася. Полатайко подякувала.", &[("Іриною Полатайко", "Iryna Polataiko")], NONE),
    c("Переговори з полковником Віктором Гаврищуком тривали. Гаврищуку передали документи.", &[("Віктором Гаврищуком", "Viktor Havryshchuk"), ("Гаврищуку", "Viktor Havryshchuk")], NONE),
    c("Документ підписав генерал-майор Сергій Дробот.", &[("Сергій Дробот", "Serhii Drobot")], NONE),
    c("Зустріч відбулася з паном Вербицьким.", &[("Вербицьким", "Verbytskyi")], NONE),
    c("Автор: Наталія Кривошия", &[("Наталія Кривошия", "Nataliia Kryvoshyia")], NONE),
    c("Зустріч з Юрієм Бондарчуком завершилась. Бондарчука запросили до Києва.", &[("Юрієм Бондарчуком", "Yurii Bondarchuk"), ("Бондарчука", "Yurii Bondarchuk")], NONE),
    c("Міністр привітав Андрія Гуцуляка. Гуцуляк подякував.", &[("Андрія Гуцуляка", "Andrii Hutsuliak"), ("Гуцуляк", "Andrii Hutsuliak")], NONE),
    c("Слово надали Миколі Стецюку.", &[("Миколі Стецюку", "Mykola Stetsiuk")], NONE),
    c("Зустріч з Максимом Лепським пройшла добре.", &[("Максимом Лепським", "Maksym Lepskyi")], NONE),
    c("Зустріч з Мариною Лепською пройшла добре.", &[("Мариною Лепською", "Maryna Lepska")], NONE),
    c("Зустріч з помічником міністра Олексієм Дзюбою відбулася. Дзюба пообіцяв допомогу.", &[("Олексієм Дзюбою", "Oleksii Dziuba"), ("Дзюба", "Oleksii Dziuba")], NONE),
    c("Лист отримав Іван Кравчишин, а Кравчишина подякували.", &[("Іван Кравчишин", "Ivan Kravchyshyn"), ("Кравчишина", "Ivan Kravchyshyn")], NONE),
];

/// Negatives: things that look like names but are not these entities.
const NEGATIVES: &[Case] = &[
    c(
        "Ситуація в Київській області складна.",
        &[("Київській області", "Kyiv Oblast")],
        &[("Київ", "Kyiv"), ("Київській області", "Kyiv")],
    ),
    c(
        "Київська область отримала генератори.",
        &[("Київська область", "Kyiv Oblast")],
        &[("Київська область", "Kyiv")],
    ),
    c(
        "Київський міст відремонтували.",
        NONE,
        &[("Київський", "*")],
    ),
    c("Київські школи працюють.", NONE, &[("Київські", "*")]),
    c("Київського маршруту немає.", NONE, &[("Київського", "*")]),
    c(
        "Харківські підприємства відновлюються.",
        NONE,
        &[("Харківські", "*")],
    ),
    c(
        "Lloyd Austin visited Kyiv. Austin said the aid would continue.",
        &[("Austin", "Lloyd Austin")],
        &[("Austin", "Austin")],
    ),
    c(
        "The conference took place in Austin, Texas, on Monday.",
        &[("Austin", "Austin"), ("Texas", "Texas")],
        &[("Austin", "Lloyd Austin")],
    ),
    c("That is a nice result.", NONE, &[("nice", "*")]),
    c("Soldiers used a mobile unit.", NONE, &[("mobile", "*")]),
    c("He was reading a book.", NONE, &[("reading", "*")]),
    c(
        "The summit was held in Nice, France.",
        &[("Nice", "Nice")],
        NONE,
    ),
    c("Let us go now.", NONE, &[("us", "*")]),
    c(
        "They told us about the US aid.",
        &[("US", "United States")],
        &[("us", "*")],
    ),
    c(
        "The meeting took place on 5 May in Brussels.",
        &[("Brussels", "Brussels")],
        &[("May", "*")],
    ),
    c("In May the ministers met.", NONE, &[("May", "*")]),
    c("Саміт відбувся в Ніцці.", &[("Ніцці", "Nice")], NONE),
    c(
        "Київщина отримала допомогу.",
        &[("Київщина", "Kyiv Oblast")],
        &[("Київщина", "Kyiv")],
    ),
    c(
        "Сибіга і Мельник — прізвища.",
        NONE,
        &[("Мельник", "Andrii Sybiha")],
    ),
    c("Литовський міністр прибув.", NONE, &[("Литовський", "*")]),
    c(
        "Британський уряд заявив.",
        NONE,
        &[("Британський", "United Kingdom")],
    ),
    c(
        "Українські військові відбили атаку.",
        NONE,
        &[("Українські", "*")],
    ),
    c("Альянс не згадано.", NONE, &[("Альянс", "NATO")]),
    c("Зеленого світла не дали.", NONE, &[("Зеленого", "*")]),
    c("Мирний план обговорили.", NONE, &[("Мирний", "*")]),
    c("Марк прийшов сам.", NONE, &[("Марк", "*")]),
    c(
        "The General Staff of the Armed Forces met.",
        NONE,
        &[("General Staff", "*")],
    ),
    c(
        "Reading is a town in England; we went to Reading.",
        &[("Reading", "Reading")],
        NONE,
    ),
];

fn found(x: &Extraction, surface: &str, name: &str) -> bool {
    x.entities
        .iter()
        .filter(|e| name == "*" || e.name == name)
        .any(|e| e.mentions.iter().any(|m| m.text == surface))
}

fn describe(x: &Extraction) -> String {
    x.entities
        .iter()
        .map(|e| {
            let ms: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
            format!("{} {:?}", e.name, ms)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn run(table: &[Case]) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    for case in table {
        let x = EXTRACTOR.extract(&Document::new(case.text));
        let mut bad = Vec::new();
        for &(s, n) in case.has {
            assert!(case.text.contains(s), "{:?} is not in {:?}", s, case.text);
            if !found(&x, s, n) {
                bad.push(format!("missing {s:?} → {n}"));
            }
        }
        for &(s, n) in case.not {
            if found(&x, s, n) {
                bad.push(format!("unwanted {s:?} → {n}"));
            }
        }
        if !bad.is_empty() {
            failures.push(format!(
                "{:?}: {}\n    found: {}",
                case.text,
                bad.join(", "),
                describe(&x)
            ));
        }
    }
    (table.len(), failures)
}

fn check(table: &[Case]) {
    let (n, failures) = run(table);
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        n,
        failures.join("\n")
    );
}

#[test]
fn people_in_ukrainian_case_forms() {
    check(PEOPLE_UK);
}

#[test]
fn places_in_ukrainian_case_forms() {
    check(PLACES_UK);
}

#[test]
fn organisations_decline_their_head() {
    check(ORGS_UK);
}

#[test]
fn russian_forms() {
    check(RUSSIAN);
}

#[test]
fn spelling_and_transliteration_variants() {
    check(VARIANTS);
}

#[test]
fn near_miss_spellings_need_context() {
    check(NEAR_MISS);
}

#[test]
fn unknown_people_get_their_nominative() {
    check(UNKNOWN);
}

#[test]
fn negatives() {
    check(NEGATIVES);
}

#[test]
fn at_least_two_hundred_cases() {
    let n = [
        PEOPLE_UK, PLACES_UK, ORGS_UK, RUSSIAN, VARIANTS, NEAR_MISS, UNKNOWN, NEGATIVES,
    ]
    .iter()
    .map(|t| t.len())
    .sum::<usize>();
    assert!(n >= 200, "{n} cases");
}
