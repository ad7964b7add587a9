require 'net/http'

# Forwards a share of API requests to other opbrew backends (distributed tracing demo).
class DtPinger
  PORTS = { 'opbrew-python' => 8000, 'opbrew-go' => 8000, 'opbrew-dotnet' => 80 }.freeze

  def self.maybe_forward(request)
    services = Rails.configuration.opbeans_services
    return nil if services.empty? || rand >= Rails.configuration.opbeans_dt_probability

    service = services.sample
    base = service.start_with?('http') ? service.chomp('/') : "http://#{service}:#{PORTS.fetch(service, 3000)}"
    uri = URI("#{base}#{request.fullpath}")
    Rails.logger.info("dt ping to #{uri}")
    Net::HTTP.start(uri.host, uri.port, open_timeout: 5, read_timeout: 15) do |http|
      http.request(Net::HTTP::Get.new(uri))
    end
  rescue StandardError => e
    Rails.logger.warn("dt ping failed: #{e.message}")
    nil
  end
end
