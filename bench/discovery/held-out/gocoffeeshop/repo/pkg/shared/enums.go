package shared

type ItemType int8

const (
	// barista items
	ItemCappuccino ItemType = iota
	ItemFlatWhite
	ItemColdBrew
	ItemEspresso
	ItemEspressoDouble
	ItemLatte
	ItemOatLatte
	ItemMocha
	// kitchen items
	ItemCinnamonBun
	ItemCroissant
	ItemBlueberryMuffin
	ItemAlmondCroissant
)

func (e ItemType) String() string {
	switch e {
	case ItemCappuccino:
		return "CAPPUCCINO"
	case ItemFlatWhite:
		return "FLAT_WHITE"
	case ItemColdBrew:
		return "COLD_BREW"
	case ItemEspresso:
		return "ESPRESSO"
	case ItemEspressoDouble:
		return "ESPRESSO_DOUBLE"
	case ItemLatte:
		return "LATTE"
	case ItemOatLatte:
		return "OAT_LATTE"
	case ItemMocha:
		return "MOCHA"
	case ItemCinnamonBun:
		return "CINNAMON_BUN"
	case ItemCroissant:
		return "CROISSANT"
	case ItemBlueberryMuffin:
		return "BLUEBERRY_MUFFIN"
	case ItemAlmondCroissant:
		return "ALMOND_CROISSANT"
	default:
		return "UNKNOWN"
	}
}

// IsBaristaItem reports whether the item is prepared at the bar.
func (e ItemType) IsBaristaItem() bool {
	return e <= ItemMocha
}

type OrderSource int8

const (
	OrderSourceCounter OrderSource = iota
	OrderSourceWeb
)

type Status int8

const (
	StatusPlaced Status = iota
	StatusInProcess
	StatusFulfilled
)

type Location int8

const (
	LocationAtlanta Location = iota
	LocationCharlotte
	LocationRaleigh
)
