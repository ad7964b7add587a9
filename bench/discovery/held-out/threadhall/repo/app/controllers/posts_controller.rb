# frozen_string_literal: true

class PostsController < ApplicationController
  before_action :ensure_logged_in, except: %i[show]

  def create
    post = PostCreator.new(current_user, params.permit(:raw, :topic_id, :title, :category_id, :reply_to_post_number)).create
    if post.persisted?
      Jobs.enqueue(:process_post, post_id: post.id)
      Jobs.enqueue(:notify_mentioned_users, post_id: post.id)
      WebHook.enqueue_post_hooks(:post_created, post)
      render json: post.as_json(only: %i[id topic_id post_number])
    else
      render json: { errors: post.errors.full_messages }, status: 422
    end
  end

  def show
    post = Post.find_by(id: params[:id]) or raise Threadhall::NotFound
    render json: post.as_json(only: %i[id cooked raw post_number topic_id])
  end

  def destroy
    post = Post.find(params[:id])
    raise Threadhall::InvalidAccess unless current_user.staff? || post.user_id == current_user.id
    PostDestroyer.new(current_user, post).destroy
    render json: { success: "OK" }
  end
end
