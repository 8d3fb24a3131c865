package main

// The artworks.

const (
	exSteppe = "Ұлы дала"    // "The Great Steppe"
	exDreams = "Арман әлемі" // "World of Dreams"
)

func exhibitions() []string { return []string{exSteppe, exDreams} }

// tri holds the Kazakh, Russian and English versions of a text.
type tri [3]string

type label struct {
	title, author tri
	age           int
	technique     tri
	club          tri
}

type artwork struct {
	exhibition string
	file       string
	w, h       int
	seed       uint64
	draw       func(*canvas)
	label      *label // nil: no row in labels.csv
}

var (
	tWatercolour = tri{"Акварель", "Акварель", "Watercolour"}
	tGouache     = tri{"Гуашь", "Гуашь", "Gouache"}
	tCrayon      = tri{"Балауыз қарындаштар", "Восковые мелки", "Wax crayons"}
	tMixed       = tri{"Аралас техника", "Смешанная техника", "Mixed media"}
	tWaterCrayon = tri{"Акварель мен балауыз қарындаш", "Акварель и восковые мелки", "Watercolour and wax crayons"}

	cArt     = tri{"«Шабыт» бейнелеу студиясы", "Изостудия «Шабыт»", "Shabyt Art Studio"}
	cWater   = tri{"«Түрлі түс» акварель үйірмесі", "Кружок акварели «Радуга красок»", "Rainbow Colours Watercolour Club"}
	cAvia    = tri{"Авиамодельдеу үйірмесі", "Кружок авиамоделирования", "Aviation Modelling Club"}
	cDombyra = tri{"«Сазген» домбыра үйірмесі", "Кружок домбры «Сазген»", "Sazgen Dombyra Club"}
	cNature  = tri{"«Жас натуралист» үйірмесі", "Кружок «Юный натуралист»", "Young Naturalists Club"}
)

func artworks() []artwork {
	return []artwork{
		{exSteppe, "Киіз-үй.jpg", 1600, 1200, 101, drawYurt, &label{
			tri{"Даладағы киіз үй", "Юрта в степи", "A Yurt in the Steppe"},
			tri{"Айгерім Сейітқали", "Айгерим Сейиткали", "Aigerim Seitkali"}, 8,
			tWaterCrayon, cArt}},
		{exSteppe, "tulpar.jpg", 1600, 1200, 202, drawHorses, &label{
			tri{"Жүйрік тұлпарлар", "Быстрые скакуны", "Swift Horses"},
			tri{"Ерасыл Тоқтаров", "Ерасыл Токтаров", "Yerassyl Toktarov"}, 11,
			tGouache, cArt}},
		{exSteppe, "alatau.jpg", 1600, 1200, 303, drawAlatau, &label{
			tri{"Қарлы Алатау", "Снежный Алатау", "Snowy Alatau"},
			tri{"Томирис Бекболатқызы", "Томирис Бекболаткызы", "Tomiris Bekbolatkyzy"}, 14,
			tWatercolour, cWater}},
		{exSteppe, "Бүркіт.jpg", 1200, 1600, 404, drawEagle, &label{
			tri{"Көктегі бүркіт", "Беркут в небе", "Golden Eagle in the Sky"},
			tri{"Әлихан Мұратұлы", "Алихан Муратулы", "Alikhan Muratuly"}, 12,
			tGouache, cArt}},
		{exSteppe, "kunbagys.jpg", 1200, 1200, 505, drawSunflowers, &label{
			tri{"Күнбағыстар", "Подсолнухи", "Sunflowers"},
			tri{"Інжу Қасымова", "Инжу Касымова", "Inzhu Kassymova"}, 9,
			tGouache, cNature}},
		{exSteppe, "kol-qayiq.jpg", 1600, 1200, 606, drawLake, &label{
			tri{"Кеш, көл, қайық", "Вечер, озеро, лодка", "Evening, Lake and a Boat"},
			tri{"Санжар Оспанов", "Санжар Оспанов", "Sanzhar Ospanov"}, 16,
			tWatercolour, cWater}},
		{exDreams, "baiterek-tunde.jpg", 1200, 1600, 707, drawBaiterek, &label{
			tri{"Түнгі шаһар және Бәйтерек", "Ночной город и Байтерек", "Night City and Baiterek"},
			tri{"Дана Әбдірахманова", "Дана Абдрахманова", "Dana Abdrakhmanova"}, 13,
			tGouache, cArt}},
		{exDreams, "Байқоңыр.jpg", 1600, 1200, 808, drawRocket, &label{
			tri{"Ғарышқа сапар", "Полёт в космос", "Journey into Space"},
			tri{"Арсен Жұмабеков", "Арсен Жумабеков", "Arsen Zhumabekov"}, 10,
			tMixed, cAvia}},
		{exDreams, "dombyra.jpg", 1600, 1200, 909, drawDombyra, &label{
			tri{"Домбыра әуені", "Мелодия домбры", "Song of the Dombyra"},
			tri{"Аружан Нұрланқызы", "Аружан Нурланкызы", "Aruzhan Nurlankyzy"}, 15,
			tMixed, cDombyra}},
		{exDreams, "mysyq.jpg", 1600, 1200, 1010, drawCat, &label{
			tri{"Менің мысығым Барсик", "Мой кот Барсик", "My Cat Barsik"},
			tri{"Анастасия Петренко", "Анастасия Петренко", "Anastasia Petrenko"}, 7,
			tWaterCrayon, cArt}},
		{exDreams, "Кемпірқосақ.jpg", 1600, 1200, 1111, drawRainbow, nil},
	}
}

var ink = hx("#2A2238")
