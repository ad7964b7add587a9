package com.lotus.mall.common.api;

import java.util.List;

public class CommonPage<T> {
    private Integer pageNum;
    private Integer pageSize;
    private Integer totalPage;
    private Long total;
    private List<T> list;

    public static <T> CommonPage<T> of(List<T> list, int pageNum, int pageSize, long total) {
        CommonPage<T> page = new CommonPage<>();
        page.pageNum = pageNum;
        page.pageSize = pageSize;
        page.total = total;
        page.totalPage = pageSize == 0 ? 0 : (int) ((total + pageSize - 1) / pageSize);
        page.list = list;
        return page;
    }

    public Integer getPageNum() { return pageNum; }
    public Integer getPageSize() { return pageSize; }
    public Integer getTotalPage() { return totalPage; }
    public Long getTotal() { return total; }
    public List<T> getList() { return list; }
}
