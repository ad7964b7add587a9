// Stardust Supply — currency service. Static EUR-based rates, no outbound calls.
#include <cstdlib>
#include <iostream>
#include <math.h>
#include <string>
#include <unordered_map>

#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>

#include <demo.grpc.pb.h>

using grpc::Server;
using grpc::ServerBuilder;
using grpc::ServerContext;
using grpc::Status;

using stardust::CurrencyConversionRequest;
using stardust::CurrencyService;
using stardust::Empty;
using stardust::GetSupportedCurrenciesResponse;
using stardust::Money;

namespace {

const std::unordered_map<std::string, double> kRatesPerEur{
    {"EUR", 1.0},     {"USD", 1.1305},  {"JPY", 126.40},  {"GBP", 0.85970},
    {"CHF", 1.1360},  {"CAD", 1.5128},  {"AUD", 1.6311},  {"SEK", 10.5670},
    {"NZD", 1.6972},  {"PLN", 4.2953},  {"INR", 79.3295}, {"BRL", 4.2515},
};

constexpr int64_t kNanosMod = 1000000000;

class CurrencyServiceImpl final : public CurrencyService::Service {
  Status GetSupportedCurrencies(ServerContext*, const Empty*,
                                GetSupportedCurrenciesResponse* response) override {
    for (const auto& [code, _] : kRatesPerEur) {
      response->add_currency_codes(code);
    }
    return Status::OK;
  }

  Status Convert(ServerContext*, const CurrencyConversionRequest* request, Money* response) override {
    const auto& from = request->from();
    auto from_it = kRatesPerEur.find(from.currency_code());
    auto to_it = kRatesPerEur.find(request->to_code());
    if (from_it == kRatesPerEur.end() || to_it == kRatesPerEur.end()) {
      return Status(grpc::StatusCode::INVALID_ARGUMENT, "unsupported currency");
    }

    double amount = from.units() + static_cast<double>(from.nanos()) / kNanosMod;
    double converted = amount / from_it->second * to_it->second;

    double units;
    double fraction = modf(converted, &units);
    response->set_currency_code(request->to_code());
    response->set_units(static_cast<int64_t>(units));
    response->set_nanos(static_cast<int32_t>(llround(fraction * kNanosMod)));
    return Status::OK;
  }
};

}  // namespace

int main(int argc, char** argv) {
  const char* port = std::getenv("CURRENCY_PORT");
  if (port == nullptr) {
    std::cerr << "CURRENCY_PORT must be set" << std::endl;
    return 1;
  }
  std::string address = std::string("0.0.0.0:") + port;

  CurrencyServiceImpl service;
  grpc::EnableDefaultHealthCheckService(true);

  ServerBuilder builder;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<Server> server(builder.BuildAndStart());

  std::cout << "Currency Server listening on port: " << address << std::endl;
  server->Wait();
  return 0;
}
