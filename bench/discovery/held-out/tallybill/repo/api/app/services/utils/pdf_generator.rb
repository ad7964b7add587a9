# frozen_string_literal: true

module Utils
  class PdfGenerator < ::BaseService
    def initialize(template:, context:)
      @template = template
      @context = context
      super
    end

    def call
      html = Slim::Template.new(template_path).render(context)

      conn = Faraday.new(url: ENV["TALLYBILL_PDF_URL"]) do |f|
        f.request :multipart
        f.options.timeout = 300
      end

      response = conn.post("/forms/chromium/convert/html") do |req|
        req.body = {
          "files" => Faraday::Multipart::FilePart.new(StringIO.new(html), "text/html", "index.html"),
          "paperWidth" => "8.27",
          "paperHeight" => "11.7"
        }
      end

      StringIO.new(response.body)
    end

    private

    attr_reader :template, :context

    def template_path
      Rails.root.join("app/views/templates/#{template}.slim")
    end
  end
end
