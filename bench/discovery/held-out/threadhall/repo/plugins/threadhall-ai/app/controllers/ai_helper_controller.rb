# frozen_string_literal: true

class AiHelperController < ::ApplicationController
  before_action :ensure_logged_in
  PROMPTS = {
    "proofread" => "You are a copy editor. Fix spelling and grammar, keep markdown intact.",
    "translate" => "Translate the following forum post to English.",
    "simplify" => "Rewrite the text so it is shorter and simpler.",
  }.freeze

  def suggest
    prompt = PROMPTS.fetch(params[:mode]) { raise Threadhall::InvalidParameters.new(:mode) }
    RateLimiter.new(current_user, "ai_assistant", 6, 3.minutes).performed!
    text = ThreadhallAi::Completions::OpenAi.new.complete([{ role: "system", content: prompt }, { role: "user", content: params.require(:text) }])
    render json: { suggestion: text }
  end

  def summarize
    topic = Topic.find(params.require(:topic_id))
    content = topic.posts.order(:post_number).limit(50).map { |p| "#{p.user&.username}: #{p.raw}" }.join("\n\n")
    text = ThreadhallAi::Completions::OpenAi.new.complete([{ role: "system", content: "Summarize this forum discussion in 5 bullet points." }, { role: "user", content: content }])
    render json: { summary: text }
  end
end
