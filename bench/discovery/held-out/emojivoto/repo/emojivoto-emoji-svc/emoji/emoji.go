package emoji

type Emoji struct {
	Unicode   string
	Shortcode string
}

type AllEmoji interface {
	WithShortcode(shortcode string) *Emoji
	List() []*Emoji
}

type inMemoryAllEmoji struct {
	emojiList []*Emoji
}

// Top 100 (or so) emoji, by popularity on the internet last time we checked.
var top100Emoji = []string{
	"joy", "sunglasses", "doughnut", "stuck_out_tongue_winking_eye", "money_mouth_face",
	"flushed", "mask", "nerd_face", "ghost", "skull_and_crossbones", "heart_eyes_cat",
	"hear_no_evil", "see_no_evil", "speak_no_evil", "boy", "girl", "man", "woman",
	"older_man", "policeman", "guardsman", "construction_worker", "bride_with_veil",
	"baby", "santa", "princess", "angel", "alien", "space_invader", "robot_face",
	"poop", "fire", "100", "rainbow", "sparkles", "star2", "zap", "tada", "balloon",
	"trophy", "crown", "champagne", "beer", "pizza", "taco", "burrito", "ramen",
	"sushi", "icecream", "cake", "cookie", "avocado", "hotdog", "fries", "popcorn",
	"unicorn_face", "dog", "cat", "fox_face", "panda_face", "koala", "tiger", "lion_face",
	"frog", "octopus", "whale", "dolphin", "penguin", "turtle", "bee", "butterfly",
	"rocket", "airplane", "bicycle", "sailboat", "mountain_snow", "volcano", "earth_africa",
	"crystal_ball", "game_die", "video_game", "guitar", "musical_note", "headphones",
	"microphone", "camera", "bulb", "books", "computer", "phone", "email", "gift",
	"thumbsup", "clap", "muscle", "wave", "pray", "v", "ok_hand", "metal",
}

var emojiCodeMap = map[string]string{
	":joy:":        "\U0001f602",
	":sunglasses:": "\U0001f60e",
	":doughnut:":   "\U0001f369",
	":poop:":       "\U0001f4a9",
	":fire:":       "\U0001f525",
	":100:":        "\U0001f4af",
	":rainbow:":    "\U0001f308",
	":tada:":       "\U0001f389",
	":pizza:":      "\U0001f355",
	":taco:":       "\U0001f32e",
	":unicorn_face:": "\U0001f984",
	":rocket:":     "\U0001f680",
	":thumbsup:":   "\U0001f44d",
	":ghost:":      "\U0001f47b",
	":robot_face:": "\U0001f916",
	// remaining entries generated from the unicode emoji-data table (truncated)
}

func (allEmoji *inMemoryAllEmoji) List() []*Emoji {
	return allEmoji.emojiList
}

func (allEmoji *inMemoryAllEmoji) WithShortcode(shortcode string) *Emoji {
	for _, emoji := range allEmoji.emojiList {
		if emoji.Shortcode == shortcode {
			return emoji
		}
	}
	return nil
}

func NewAllEmoji() AllEmoji {
	emojiList := make([]*Emoji, 0)

	for _, name := range top100Emoji {
		shortcode := ":" + name + ":"
		if unicode, ok := emojiCodeMap[shortcode]; ok {
			emojiList = append(emojiList, &Emoji{Unicode: unicode, Shortcode: shortcode})
		}
	}

	return &inMemoryAllEmoji{emojiList: emojiList}
}
