# frozen_string_literal: true

# name: threadhall-ai
# about: AI composer helper (proofread, translate, summarize) backed by an LLM API
# version: 0.9
# authors: Threadhall Labs

enabled_site_setting :ai_helper_enabled

require_relative "lib/completions/open_ai"

after_initialize do
  require_relative "app/controllers/ai_helper_controller"

  Threadhall::Application.routes.append do
    post "/threadhall-ai/ai-helper/suggest" => "ai_helper#suggest"
    post "/threadhall-ai/ai-helper/summarize" => "ai_helper#summarize"
  end
end
