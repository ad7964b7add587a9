# frozen_string_literal: true

class FetchLinkCardService < BaseService
  include Redisable
  include Lockable

  URL_PATTERN = %r{
    (#{Twitter::TwitterText::Regex[:valid_url_preceding_chars]})                                                                #   $1 preceding chars
    (                                                                                                                           #   $2 URL
      (https?://)                                                                                                               #   $3 Protocol (required)
      (#{Twitter::TwitterText::Regex[:valid_domain]})                                                                           #   $4 Domain(s)
      (?::(#{Twitter::TwitterText::Regex[:valid_port_number]}))?                                                                #   $5 Port number (optional)
      (/#{Twitter::TwitterText::Regex[:valid_url_path]}*)?                                                                      #   $6 URL Path and anchor
      (\?#{Twitter::TwitterText::Regex[:valid_url_query_chars]}*#{Twitter::TwitterText::Regex[:valid_url_query_ending_chars]})? #   $7 Query String
    )
  }iox

  def call(status)
    @status       = status
    @original_url = parse_urls

    return if @original_url.nil? || @status.with_preview_card?

    @url = @original_url.to_s

    with_redis_lock("fetch:#{@original_url}") do
      @card = PreviewCard.find_by(url: @url)
      process_url if @card.nil? || @card.updated_at <= 2.weeks.ago || @card.missing_image?
    end

    attach_card if @card&.persisted?
  end

  private

  # Fetches whatever URL the author pasted into the status (arbitrary host)
  def html
    return @html if defined?(@html)

    @html = Request.new(:get, @url).add_headers('Accept' => 'text/html', 'User-Agent' => "#{Tootyard::Version.user_agent} Bot").perform do |res|
      res.truncated_body if res.code == 200 && res.mime_type == 'text/html'
    end
  end

  def process_url
    @card ||= PreviewCard.new(url: @url)
    attempt_oembed || attempt_opengraph
  end

  def attempt_oembed = false
  def attempt_opengraph = LinkDetailsExtractor.new(@url, html, nil).to_preview_card_attributes.then { |a| @card.assign_attributes(a); @card.save }

  def attach_card
    with_redis_lock("attach_card:#{@status.id}") do
      @status.preview_cards << @card
      Rails.cache.delete(@status)
    end
  end

  def parse_urls
    urls = @status.text.scan(URL_PATTERN).map { |array| Addressable::URI.parse(array[1]).normalize }
    urls.reject { |uri| bad_url?(uri) }.first
  end

  def bad_url?(uri)
    uri.host.blank? || %w(http https).exclude?(uri.scheme)
  end
end
