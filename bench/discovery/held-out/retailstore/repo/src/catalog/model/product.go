package model

type Tag struct {
	Name        string `gorm:"primaryKey;size:64" json:"name"`
	DisplayName string `gorm:"size:128" json:"displayName"`
}

type Product struct {
	ID          string `gorm:"primaryKey;size:40" json:"id"`
	Name        string `gorm:"size:128;index" json:"name"`
	Description string `gorm:"size:1024" json:"description"`
	Price       int    `json:"price"` // cents
	Count       int    `json:"count"`
	ImageURL    string `gorm:"size:256" json:"imageUrl"`
	Tags        []Tag  `gorm:"many2many:product_tags;" json:"tags"`
}

type ProductQuery struct {
	Tags  []string
	Order string
	Page  int
	Size  int
}
