# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class TicketsController < ApplicationController
  include CreatesTicketArticles
  include ClonesTicketArticleAttachments
  include ChecksUserAttributesByCurrentUserPermission
  include TicketStats

  prepend_before_action :authenticate_and_authorize!

  # GET /api/v1/tickets
  def index
    per_page = [params[:per_page].to_i.nonzero? || 50, 100].min
    tickets = TicketPolicy::ReadScope.new(current_user).resolve
                                     .order(id: :asc)
                                     .offset(params[:page].to_i * per_page)
                                     .limit(per_page)

    render json: tickets.map(&:attributes_with_association_ids), status: :ok
  end

  # GET /api/v1/tickets/1
  def show
    ticket = Ticket.find(params[:id])
    authorize!(ticket, :show?)

    render json: ticket.attributes_with_association_ids, status: :ok
  end

  # POST /api/v1/tickets
  def create
    ticket = Ticket.new(Ticket.param_cleanup(params.permit!.to_h.except(:article)))
    ticket.save!

    if params[:article]
      article_create(ticket, params[:article])
    end

    render json: ticket.attributes_with_association_ids, status: :created
  end

  # PUT /api/v1/tickets/1
  def update
    ticket = Ticket.find(params[:id])
    authorize!(ticket, :update?)
    ticket.update!(Ticket.param_cleanup(params.permit!.to_h.except(:article, :id)))

    render json: ticket.attributes_with_association_ids, status: :ok
  end

  # GET /api/v1/tickets/search
  def search
    query = params[:query]
    limit = [params[:limit].to_i.nonzero? || 50, 200].min

    tickets = if SearchIndexBackend.enabled?
                SearchIndexBackend.search(query, 'Ticket', limit: limit, offset: params[:offset].to_i)
                                  .filter_map { |item| Ticket.lookup(id: item[:id]) }
              else
                Ticket.where('title ILIKE ?', "%#{query}%").limit(limit).to_a
              end

    render json: { tickets: tickets.map(&:id), tickets_count: tickets.count }
  end
end
