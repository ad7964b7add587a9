package mail

import (
	"bytes"
	"html/template"
)

var templates = template.Must(template.New("").Parse(`
{{define "notification"}}<p>You have a new message in <b>{{.ChannelName}}</b>:</p><blockquote>{{.Message}}</blockquote><p><a href="{{.SiteURL}}">Open Teamwharf</a></p>{{end}}
{{define "digest"}}<p>Hi {{.Username}}, you have {{.Count}} unread mentions.</p><p><a href="{{.SiteURL}}">Catch up</a></p>{{end}}
`))

func Render(name string, data interface{}) (string, error) {
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, name, data); err != nil {
		return "", err
	}
	return buf.String(), nil
}
