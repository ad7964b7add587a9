# Stardust Supply — order confirmation e-mails.
require "ostruct"
require "pony"
require "sinatra"

require "opentelemetry/sdk"
require "opentelemetry/exporter/otlp"
require "opentelemetry/instrumentation/sinatra"

set :port, ENV["EMAIL_PORT"]
set :bind, "0.0.0.0"

OpenTelemetry::SDK.configure do |c|
  c.use "OpenTelemetry::Instrumentation::Sinatra"
end

post "/send_order_confirmation" do
  data = JSON.parse(request.body.read, object_class: OpenStruct)

  current_span = OpenTelemetry::Trace.current_span
  current_span.add_attributes({
    "app.order.id" => data.order.order_id,
  })

  send_email(data)
end

error do
  OpenTelemetry::Trace.current_span.record_exception(env["sinatra.error"])
end

def send_email(data)
  tracer = OpenTelemetry.tracer_provider.tracer("email")
  tracer.in_span("send_email") do |span|
    # Demo only: :test delivery keeps mails in memory (Mail::TestMailer.deliveries).
    # A real deployment would use via: :smtp, via_options: { address: "smtp.stardust.example" }.
    Pony.mail(
      to:       data.email,
      from:     "noreply@stardust.example",
      subject:  "Your confirmation email",
      body:     erb(:confirmation, locals: { order: data.order }),
      via:      :test
    )
    span.set_attribute("app.email.recipient", data.email)
    puts "Order confirmation email sent to: #{data.email}"
  end
  # return an HTTP 200 response
  ""
end
