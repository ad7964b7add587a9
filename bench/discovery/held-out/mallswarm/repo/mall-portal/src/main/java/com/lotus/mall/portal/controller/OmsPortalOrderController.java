package com.lotus.mall.portal.controller;

import cn.hutool.json.JSONObject;
import cn.hutool.json.JSONUtil;
import com.lotus.mall.common.api.CommonResult;
import com.lotus.mall.model.OmsOrder;
import com.lotus.mall.portal.domain.MemberReadHistory;
import com.lotus.mall.portal.service.OmsPortalOrderService;
import com.lotus.mall.portal.service.impl.MemberReadHistoryServiceImpl;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.*;

import java.math.BigDecimal;

@RestController
@Tag(name = "OmsPortalOrderController", description = "orders and browsing history")
public class OmsPortalOrderController {
    private final OmsPortalOrderService orderService;
    private final MemberReadHistoryServiceImpl readHistoryService;

    public OmsPortalOrderController(OmsPortalOrderService orderService, MemberReadHistoryServiceImpl readHistoryService) {
        this.orderService = orderService;
        this.readHistoryService = readHistoryService;
    }

    @PostMapping("/order/generateOrder")
    public CommonResult<OmsOrder> generateOrder(@RequestHeader("user") String user, @RequestParam BigDecimal totalAmount) {
        JSONObject u = JSONUtil.parseObj(user);
        return CommonResult.success(orderService.generateOrder(u.getLong("id"), u.getStr("sub"), totalAmount), "order created");
    }

    @PostMapping("/order/cancelUserOrder")
    public CommonResult cancelUserOrder(@RequestParam Long orderId) {
        orderService.cancelOrder(orderId);
        return CommonResult.success(null);
    }

    @PostMapping("/member/readHistory/create")
    public CommonResult<MemberReadHistory> createReadHistory(@RequestHeader("user") String user,
                                                             @RequestBody MemberReadHistory history) {
        Long memberId = JSONUtil.parseObj(user).getLong("id");
        return CommonResult.success(readHistoryService.create(memberId, history));
    }

    @GetMapping("/member/readHistory/list")
    public CommonResult<Page<MemberReadHistory>> listReadHistory(@RequestHeader("user") String user,
                                                                 @RequestParam(defaultValue = "1") int pageNum,
                                                                 @RequestParam(defaultValue = "5") int pageSize) {
        Long memberId = JSONUtil.parseObj(user).getLong("id");
        return CommonResult.success(readHistoryService.list(memberId, pageNum, pageSize));
    }
}
