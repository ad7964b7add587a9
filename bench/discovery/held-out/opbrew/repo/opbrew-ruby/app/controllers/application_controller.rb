class ApplicationController < ActionController::API
  private

  def forward_dt
    resp = DtPinger.maybe_forward(request)
    return unless resp

    render body: resp.body, status: resp.code.to_i, content_type: resp['Content-Type']
  end
end
