# frozen_string_literal: true

ENV["BUNDLE_GEMFILE"] ||= File.expand_path("../Gemfile", __dir__)
require "bundler/setup"
require "bootsnap/setup" if ENV["RAILS_ENV"] != "production" || ENV["THREADHALL_BOOTSNAP"]
