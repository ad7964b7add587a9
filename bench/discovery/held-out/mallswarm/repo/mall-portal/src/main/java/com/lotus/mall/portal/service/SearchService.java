package com.lotus.mall.portal.service;

// Planned: let the home page call mall-search directly instead of going through the gateway.
// Never finished; the storefront calls /mall-search through the gateway from the browser.
//
//import com.lotus.mall.common.api.CommonResult;
//import org.springframework.cloud.openfeign.FeignClient;
//import org.springframework.web.bind.annotation.GetMapping;
//import org.springframework.web.bind.annotation.RequestParam;
//
//@FeignClient("mall-search")
//public interface SearchService {
//    @GetMapping("/esProduct/search/simple")
//    CommonResult search(@RequestParam String keyword, @RequestParam Integer pageNum, @RequestParam Integer pageSize);
//}
