begin_version
3
end_version
begin_metric
1
end_metric
177
begin_variable
var0
-1
2
Atom in-water()
NegatedAtom in-water()
end_variable
begin_variable
var1
-1
2
Atom at-tank(t0, l0)
NegatedAtom at-tank(t0, l0)
end_variable
begin_variable
var2
-1
2
Atom at-tank(t0, l1)
NegatedAtom at-tank(t0, l1)
end_variable
begin_variable
var3
-1
2
Atom at-tank(t0, l2)
NegatedAtom at-tank(t0, l2)
end_variable
begin_variable
var4
-1
2
Atom at-tank(t0, l3)
NegatedAtom at-tank(t0, l3)
end_variable
begin_variable
var5
-1
2
Atom at-tank(t0, l4)
NegatedAtom at-tank(t0, l4)
end_variable
begin_variable
var6
-1
2
Atom at-tank(t0, l5)
NegatedAtom at-tank(t0, l5)
end_variable
begin_variable
var7
-1
2
Atom at-tank(t1, l0)
NegatedAtom at-tank(t1, l0)
end_variable
begin_variable
var8
-1
2
Atom at-tank(t1, l1)
NegatedAtom at-tank(t1, l1)
end_variable
begin_variable
var9
-1
2
Atom at-tank(t1, l2)
NegatedAtom at-tank(t1, l2)
end_variable
begin_variable
var10
-1
2
Atom at-tank(t1, l3)
NegatedAtom at-tank(t1, l3)
end_variable
begin_variable
var11
-1
2
Atom at-tank(t1, l4)
NegatedAtom at-tank(t1, l4)
end_variable
begin_variable
var12
-1
2
Atom at-tank(t1, l5)
NegatedAtom at-tank(t1, l5)
end_variable
begin_variable
var13
-1
2
Atom at-tank(t10, l0)
NegatedAtom at-tank(t10, l0)
end_variable
begin_variable
var14
-1
2
Atom at-tank(t10, l1)
NegatedAtom at-tank(t10, l1)
end_variable
begin_variable
var15
-1
2
Atom at-tank(t10, l2)
NegatedAtom at-tank(t10, l2)
end_variable
begin_variable
var16
-1
2
Atom at-tank(t10, l3)
NegatedAtom at-tank(t10, l3)
end_variable
begin_variable
var17
-1
2
Atom at-tank(t10, l4)
NegatedAtom at-tank(t10, l4)
end_variable
begin_variable
var18
-1
2
Atom at-tank(t10, l5)
NegatedAtom at-tank(t10, l5)
end_variable
begin_variable
var19
-1
2
Atom at-tank(t11, l0)
NegatedAtom at-tank(t11, l0)
end_variable
begin_variable
var20
-1
2
Atom at-tank(t11, l1)
NegatedAtom at-tank(t11, l1)
end_variable
begin_variable
var21
-1
2
Atom at-tank(t11, l2)
NegatedAtom at-tank(t11, l2)
end_variable
begin_variable
var22
-1
2
Atom at-tank(t11, l3)
NegatedAtom at-tank(t11, l3)
end_variable
begin_variable
var23
-1
2
Atom at-tank(t11, l4)
NegatedAtom at-tank(t11, l4)
end_variable
begin_variable
var24
-1
2
Atom at-tank(t11, l5)
NegatedAtom at-tank(t11, l5)
end_variable
begin_variable
var25
-1
2
Atom at-tank(t12, l0)
NegatedAtom at-tank(t12, l0)
end_variable
begin_variable
var26
-1
2
Atom at-tank(t12, l1)
NegatedAtom at-tank(t12, l1)
end_variable
begin_variable
var27
-1
2
Atom at-tank(t12, l2)
NegatedAtom at-tank(t12, l2)
end_variable
begin_variable
var28
-1
2
Atom at-tank(t12, l3)
NegatedAtom at-tank(t12, l3)
end_variable
begin_variable
var29
-1
2
Atom at-tank(t12, l4)
NegatedAtom at-tank(t12, l4)
end_variable
begin_variable
var30
-1
2
Atom at-tank(t12, l5)
NegatedAtom at-tank(t12, l5)
end_variable
begin_variable
var31
-1
2
Atom at-tank(t13, l0)
NegatedAtom at-tank(t13, l0)
end_variable
begin_variable
var32
-1
2
Atom at-tank(t13, l1)
NegatedAtom at-tank(t13, l1)
end_variable
begin_variable
var33
-1
2
Atom at-tank(t13, l2)
NegatedAtom at-tank(t13, l2)
end_variable
begin_variable
var34
-1
2
Atom at-tank(t13, l3)
NegatedAtom at-tank(t13, l3)
end_variable
begin_variable
var35
-1
2
Atom at-tank(t13, l4)
NegatedAtom at-tank(t13, l4)
end_variable
begin_variable
var36
-1
2
Atom at-tank(t13, l5)
NegatedAtom at-tank(t13, l5)
end_variable
begin_variable
var37
-1
2
Atom at-tank(t14, l0)
NegatedAtom at-tank(t14, l0)
end_variable
begin_variable
var38
-1
2
Atom at-tank(t14, l1)
NegatedAtom at-tank(t14, l1)
end_variable
begin_variable
var39
-1
2
Atom at-tank(t14, l2)
NegatedAtom at-tank(t14, l2)
end_variable
begin_variable
var40
-1
2
Atom at-tank(t14, l3)
NegatedAtom at-tank(t14, l3)
end_variable
begin_variable
var41
-1
2
Atom at-tank(t14, l4)
NegatedAtom at-tank(t14, l4)
end_variable
begin_variable
var42
-1
2
Atom at-tank(t14, l5)
NegatedAtom at-tank(t14, l5)
end_variable
begin_variable
var43
-1
2
Atom at-tank(t2, l0)
NegatedAtom at-tank(t2, l0)
end_variable
begin_variable
var44
-1
2
Atom at-tank(t2, l1)
NegatedAtom at-tank(t2, l1)
end_variable
begin_variable
var45
-1
2
Atom at-tank(t2, l2)
NegatedAtom at-tank(t2, l2)
end_variable
begin_variable
var46
-1
2
Atom at-tank(t2, l3)
NegatedAtom at-tank(t2, l3)
end_variable
begin_variable
var47
-1
2
Atom at-tank(t2, l4)
NegatedAtom at-tank(t2, l4)
end_variable
begin_variable
var48
-1
2
Atom at-tank(t2, l5)
NegatedAtom at-tank(t2, l5)
end_variable
begin_variable
var49
-1
2
Atom at-tank(t3, l0)
NegatedAtom at-tank(t3, l0)
end_variable
begin_variable
var50
-1
2
Atom at-tank(t3, l1)
NegatedAtom at-tank(t3, l1)
end_variable
begin_variable
var51
-1
2
Atom at-tank(t3, l2)
NegatedAtom at-tank(t3, l2)
end_variable
begin_variable
var52
-1
2
Atom at-tank(t3, l3)
NegatedAtom at-tank(t3, l3)
end_variable
begin_variable
var53
-1
2
Atom at-tank(t3, l4)
NegatedAtom at-tank(t3, l4)
end_variable
begin_variable
var54
-1
2
Atom at-tank(t3, l5)
NegatedAtom at-tank(t3, l5)
end_variable
begin_variable
var55
-1
2
Atom at-tank(t4, l0)
NegatedAtom at-tank(t4, l0)
end_variable
begin_variable
var56
-1
2
Atom at-tank(t4, l1)
NegatedAtom at-tank(t4, l1)
end_variable
begin_variable
var57
-1
2
Atom at-tank(t4, l2)
NegatedAtom at-tank(t4, l2)
end_variable
begin_variable
var58
-1
2
Atom at-tank(t4, l3)
NegatedAtom at-tank(t4, l3)
end_variable
begin_variable
var59
-1
2
Atom at-tank(t4, l4)
NegatedAtom at-tank(t4, l4)
end_variable
begin_variable
var60
-1
2
Atom at-tank(t4, l5)
NegatedAtom at-tank(t4, l5)
end_variable
begin_variable
var61
-1
2
Atom at-tank(t5, l0)
NegatedAtom at-tank(t5, l0)
end_variable
begin_variable
var62
-1
2
Atom at-tank(t5, l1)
NegatedAtom at-tank(t5, l1)
end_variable
begin_variable
var63
-1
2
Atom at-tank(t5, l2)
NegatedAtom at-tank(t5, l2)
end_variable
begin_variable
var64
-1
2
Atom at-tank(t5, l3)
NegatedAtom at-tank(t5, l3)
end_variable
begin_variable
var65
-1
2
Atom at-tank(t5, l4)
NegatedAtom at-tank(t5, l4)
end_variable
begin_variable
var66
-1
2
Atom at-tank(t5, l5)
NegatedAtom at-tank(t5, l5)
end_variable
begin_variable
var67
-1
2
Atom at-tank(t6, l0)
NegatedAtom at-tank(t6, l0)
end_variable
begin_variable
var68
-1
2
Atom at-tank(t6, l1)
NegatedAtom at-tank(t6, l1)
end_variable
begin_variable
var69
-1
2
Atom at-tank(t6, l2)
NegatedAtom at-tank(t6, l2)
end_variable
begin_variable
var70
-1
2
Atom at-tank(t6, l3)
NegatedAtom at-tank(t6, l3)
end_variable
begin_variable
var71
-1
2
Atom at-tank(t6, l4)
NegatedAtom at-tank(t6, l4)
end_variable
begin_variable
var72
-1
2
Atom at-tank(t6, l5)
NegatedAtom at-tank(t6, l5)
end_variable
begin_variable
var73
-1
2
Atom at-tank(t7, l0)
NegatedAtom at-tank(t7, l0)
end_variable
begin_variable
var74
-1
2
Atom at-tank(t7, l1)
NegatedAtom at-tank(t7, l1)
end_variable
begin_variable
var75
-1
2
Atom at-tank(t7, l2)
NegatedAtom at-tank(t7, l2)
end_variable
begin_variable
var76
-1
2
Atom at-tank(t7, l3)
NegatedAtom at-tank(t7, l3)
end_variable
begin_variable
var77
-1
2
Atom at-tank(t7, l4)
NegatedAtom at-tank(t7, l4)
end_variable
begin_variable
var78
-1
2
Atom at-tank(t7, l5)
NegatedAtom at-tank(t7, l5)
end_variable
begin_variable
var79
-1
2
Atom at-tank(t8, l0)
NegatedAtom at-tank(t8, l0)
end_variable
begin_variable
var80
-1
2
Atom at-tank(t8, l1)
NegatedAtom at-tank(t8, l1)
end_variable
begin_variable
var81
-1
2
Atom at-tank(t8, l2)
NegatedAtom at-tank(t8, l2)
end_variable
begin_variable
var82
-1
2
Atom at-tank(t8, l3)
NegatedAtom at-tank(t8, l3)
end_variable
begin_variable
var83
-1
2
Atom at-tank(t8, l4)
NegatedAtom at-tank(t8, l4)
end_variable
begin_variable
var84
-1
2
Atom at-tank(t8, l5)
NegatedAtom at-tank(t8, l5)
end_variable
begin_variable
var85
-1
2
Atom at-tank(t9, l0)
NegatedAtom at-tank(t9, l0)
end_variable
begin_variable
var86
-1
2
Atom at-tank(t9, l1)
NegatedAtom at-tank(t9, l1)
end_variable
begin_variable
var87
-1
2
Atom at-tank(t9, l2)
NegatedAtom at-tank(t9, l2)
end_variable
begin_variable
var88
-1
2
Atom at-tank(t9, l3)
NegatedAtom at-tank(t9, l3)
end_variable
begin_variable
var89
-1
2
Atom at-tank(t9, l4)
NegatedAtom at-tank(t9, l4)
end_variable
begin_variable
var90
-1
2
Atom at-tank(t9, l5)
NegatedAtom at-tank(t9, l5)
end_variable
begin_variable
var91
-1
2
Atom holding(d0, t0)
NegatedAtom holding(d0, t0)
end_variable
begin_variable
var92
-1
2
Atom holding(d1, t0)
NegatedAtom holding(d1, t0)
end_variable
begin_variable
var93
-1
2
Atom holding(d2, t0)
NegatedAtom holding(d2, t0)
end_variable
begin_variable
var94
-1
2
Atom holding(d3, t0)
NegatedAtom holding(d3, t0)
end_variable
begin_variable
var95
-1
2
Atom holding(d0, t1)
NegatedAtom holding(d0, t1)
end_variable
begin_variable
var96
-1
2
Atom holding(d1, t1)
NegatedAtom holding(d1, t1)
end_variable
begin_variable
var97
-1
2
Atom holding(d2, t1)
NegatedAtom holding(d2, t1)
end_variable
begin_variable
var98
-1
2
Atom holding(d3, t1)
NegatedAtom holding(d3, t1)
end_variable
begin_variable
var99
-1
2
Atom holding(d0, t10)
NegatedAtom holding(d0, t10)
end_variable
begin_variable
var100
-1
2
Atom holding(d1, t10)
NegatedAtom holding(d1, t10)
end_variable
begin_variable
var101
-1
2
Atom holding(d2, t10)
NegatedAtom holding(d2, t10)
end_variable
begin_variable
var102
-1
2
Atom holding(d3, t10)
NegatedAtom holding(d3, t10)
end_variable
begin_variable
var103
-1
2
Atom holding(d0, t11)
NegatedAtom holding(d0, t11)
end_variable
begin_variable
var104
-1
2
Atom holding(d1, t11)
NegatedAtom holding(d1, t11)
end_variable
begin_variable
var105
-1
2
Atom holding(d2, t11)
NegatedAtom holding(d2, t11)
end_variable
begin_variable
var106
-1
2
Atom holding(d3, t11)
NegatedAtom holding(d3, t11)
end_variable
begin_variable
var107
-1
2
Atom holding(d0, t12)
NegatedAtom holding(d0, t12)
end_variable
begin_variable
var108
-1
2
Atom holding(d1, t12)
NegatedAtom holding(d1, t12)
end_variable
begin_variable
var109
-1
2
Atom holding(d2, t12)
NegatedAtom holding(d2, t12)
end_variable
begin_variable
var110
-1
2
Atom holding(d3, t12)
NegatedAtom holding(d3, t12)
end_variable
begin_variable
var111
-1
2
Atom holding(d0, t13)
NegatedAtom holding(d0, t13)
end_variable
begin_variable
var112
-1
2
Atom holding(d1, t13)
NegatedAtom holding(d1, t13)
end_variable
begin_variable
var113
-1
2
Atom holding(d2, t13)
NegatedAtom holding(d2, t13)
end_variable
begin_variable
var114
-1
2
Atom holding(d3, t13)
NegatedAtom holding(d3, t13)
end_variable
begin_variable
var115
-1
2
Atom holding(d0, t14)
NegatedAtom holding(d0, t14)
end_variable
begin_variable
var116
-1
2
Atom holding(d1, t14)
NegatedAtom holding(d1, t14)
end_variable
begin_variable
var117
-1
2
Atom holding(d2, t14)
NegatedAtom holding(d2, t14)
end_variable
begin_variable
var118
-1
2
Atom holding(d3, t14)
NegatedAtom holding(d3, t14)
end_variable
begin_variable
var119
-1
2
Atom holding(d0, t2)
NegatedAtom holding(d0, t2)
end_variable
begin_variable
var120
-1
2
Atom holding(d1, t2)
NegatedAtom holding(d1, t2)
end_variable
begin_variable
var121
-1
2
Atom holding(d2, t2)
NegatedAtom holding(d2, t2)
end_variable
begin_variable
var122
-1
2
Atom holding(d3, t2)
NegatedAtom holding(d3, t2)
end_variable
begin_variable
var123
-1
2
Atom holding(d0, t3)
NegatedAtom holding(d0, t3)
end_variable
begin_variable
var124
-1
2
Atom holding(d1, t3)
NegatedAtom holding(d1, t3)
end_variable
begin_variable
var125
-1
2
Atom holding(d2, t3)
NegatedAtom holding(d2, t3)
end_variable
begin_variable
var126
-1
2
Atom holding(d3, t3)
NegatedAtom holding(d3, t3)
end_variable
begin_variable
var127
-1
2
Atom holding(d0, t4)
NegatedAtom holding(d0, t4)
end_variable
begin_variable
var128
-1
2
Atom holding(d1, t4)
NegatedAtom holding(d1, t4)
end_variable
begin_variable
var129
-1
2
Atom holding(d2, t4)
NegatedAtom holding(d2, t4)
end_variable
begin_variable
var130
-1
2
Atom holding(d3, t4)
NegatedAtom holding(d3, t4)
end_variable
begin_variable
var131
-1
2
Atom holding(d0, t5)
NegatedAtom holding(d0, t5)
end_variable
begin_variable
var132
-1
2
Atom holding(d1, t5)
NegatedAtom holding(d1, t5)
end_variable
begin_variable
var133
-1
2
Atom holding(d2, t5)
NegatedAtom holding(d2, t5)
end_variable
begin_variable
var134
-1
2
Atom holding(d3, t5)
NegatedAtom holding(d3, t5)
end_variable
begin_variable
var135
-1
2
Atom holding(d0, t6)
NegatedAtom holding(d0, t6)
end_variable
begin_variable
var136
-1
2
Atom holding(d1, t6)
NegatedAtom holding(d1, t6)
end_variable
begin_variable
var137
-1
2
Atom holding(d2, t6)
NegatedAtom holding(d2, t6)
end_variable
begin_variable
var138
-1
2
Atom holding(d3, t6)
NegatedAtom holding(d3, t6)
end_variable
begin_variable
var139
-1
2
Atom holding(d0, t7)
NegatedAtom holding(d0, t7)
end_variable
begin_variable
var140
-1
2
Atom holding(d1, t7)
NegatedAtom holding(d1, t7)
end_variable
begin_variable
var141
-1
2
Atom holding(d2, t7)
NegatedAtom holding(d2, t7)
end_variable
begin_variable
var142
-1
2
Atom holding(d3, t7)
NegatedAtom holding(d3, t7)
end_variable
begin_variable
var143
-1
2
Atom holding(d0, t8)
NegatedAtom holding(d0, t8)
end_variable
begin_variable
var144
-1
2
Atom holding(d1, t8)
NegatedAtom holding(d1, t8)
end_variable
begin_variable
var145
-1
2
Atom holding(d2, t8)
NegatedAtom holding(d2, t8)
end_variable
begin_variable
var146
-1
2
Atom holding(d3, t8)
NegatedAtom holding(d3, t8)
end_variable
begin_variable
var147
-1
2
Atom holding(d0, t9)
NegatedAtom holding(d0, t9)
end_variable
begin_variable
var148
-1
2
Atom holding(d1, t9)
NegatedAtom holding(d1, t9)
end_variable
begin_variable
var149
-1
2
Atom holding(d2, t9)
NegatedAtom holding(d2, t9)
end_variable
begin_variable
var150
-1
2
Atom holding(d3, t9)
NegatedAtom holding(d3, t9)
end_variable
begin_variable
var151
-1
2
Atom full(t0)
NegatedAtom full(t0)
end_variable
begin_variable
var152
-1
2
Atom full(t1)
NegatedAtom full(t1)
end_variable
begin_variable
var153
-1
2
Atom full(t10)
NegatedAtom full(t10)
end_variable
begin_variable
var154
-1
2
Atom full(t11)
NegatedAtom full(t11)
end_variable
begin_variable
var155
-1
2
Atom full(t12)
NegatedAtom full(t12)
end_variable
begin_variable
var156
-1
2
Atom full(t13)
NegatedAtom full(t13)
end_variable
begin_variable
var157
-1
2
Atom full(t14)
NegatedAtom full(t14)
end_variable
begin_variable
var158
-1
2
Atom full(t2)
NegatedAtom full(t2)
end_variable
begin_variable
var159
-1
2
Atom full(t3)
NegatedAtom full(t3)
end_variable
begin_variable
var160
-1
2
Atom full(t4)
NegatedAtom full(t4)
end_variable
begin_variable
var161
-1
2
Atom full(t5)
NegatedAtom full(t5)
end_variable
begin_variable
var162
-1
2
Atom full(t6)
NegatedAtom full(t6)
end_variable
begin_variable
var163
-1
2
Atom full(t7)
NegatedAtom full(t7)
end_variable
begin_variable
var164
-1
2
Atom full(t8)
NegatedAtom full(t8)
end_variable
begin_variable
var165
-1
2
Atom full(t9)
NegatedAtom full(t9)
end_variable
begin_variable
var166
-1
16
Atom in-storage(dummy)
Atom in-storage(t0)
Atom in-storage(t1)
Atom in-storage(t10)
Atom in-storage(t11)
Atom in-storage(t12)
Atom in-storage(t13)
Atom in-storage(t14)
Atom in-storage(t2)
Atom in-storage(t3)
Atom in-storage(t4)
Atom in-storage(t5)
Atom in-storage(t6)
Atom in-storage(t7)
Atom in-storage(t8)
Atom in-storage(t9)
end_variable
begin_variable
var167
-1
5
Atom capacity(d0, four)
Atom capacity(d0, one)
Atom capacity(d0, three)
Atom capacity(d0, two)
Atom capacity(d0, zero)
end_variable
begin_variable
var168
-1
5
Atom capacity(d1, four)
Atom capacity(d1, one)
Atom capacity(d1, three)
Atom capacity(d1, two)
Atom capacity(d1, zero)
end_variable
begin_variable
var169
-1
5
Atom capacity(d2, four)
Atom capacity(d2, one)
Atom capacity(d2, three)
Atom capacity(d2, two)
Atom capacity(d2, zero)
end_variable
begin_variable
var170
-1
5
Atom capacity(d3, four)
Atom capacity(d3, one)
Atom capacity(d3, three)
Atom capacity(d3, two)
Atom capacity(d3, zero)
end_variable
begin_variable
var171
-1
9
Atom at-diver(d0, l0)
Atom at-diver(d0, l1)
Atom at-diver(d0, l2)
Atom at-diver(d0, l3)
Atom at-diver(d0, l4)
Atom at-diver(d0, l5)
Atom at-surface(d0)
Atom available(d0)
Atom decompressing(d0)
end_variable
begin_variable
var172
-1
9
Atom at-diver(d1, l0)
Atom at-diver(d1, l1)
Atom at-diver(d1, l2)
Atom at-diver(d1, l3)
Atom at-diver(d1, l4)
Atom at-diver(d1, l5)
Atom at-surface(d1)
Atom available(d1)
Atom decompressing(d1)
end_variable
begin_variable
var173
-1
9
Atom at-diver(d2, l0)
Atom at-diver(d2, l1)
Atom at-diver(d2, l2)
Atom at-diver(d2, l3)
Atom at-diver(d2, l4)
Atom at-diver(d2, l5)
Atom at-surface(d2)
Atom available(d2)
Atom decompressing(d2)
end_variable
begin_variable
var174
-1
10
Atom at-diver(d3, l0)
Atom at-diver(d3, l1)
Atom at-diver(d3, l2)
Atom at-diver(d3, l3)
Atom at-diver(d3, l4)
Atom at-diver(d3, l5)
Atom at-surface(d3)
Atom available(d3)
Atom decompressing(d3)
<none of those>
end_variable
begin_variable
var175
-1
2
Atom have-photo(l5)
NegatedAtom have-photo(l5)
end_variable
begin_variable
var176
-1
2
Atom have-photo(l4)
NegatedAtom have-photo(l4)
end_variable
0
begin_state
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
1
0
0
0
0
7
7
7
7
1
1
end_state
begin_goal
6
171 8
172 8
173 8
174 8
175 0
176 0
end_goal
4092
begin_operator
decompress d0 l0
0
2
0 171 0 8
0 0 -1 1
1
end_operator
begin_operator
decompress d1 l0
0
2
0 172 0 8
0 0 -1 1
1
end_operator
begin_operator
decompress d2 l0
0
2
0 173 0 8
0 0 -1 1
1
end_operator
begin_operator
decompress d3 l0
0
2
0 174 0 8
0 0 -1 1
1
end_operator
begin_operator
drop-tank d0 t0 l0 one two
1
171 0
3
0 1 -1 0
0 167 1 3
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l0 three four
1
171 0
3
0 1 -1 0
0 167 2 0
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l0 two three
1
171 0
3
0 1 -1 0
0 167 3 2
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l0 zero one
1
171 0
3
0 1 -1 0
0 167 4 1
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l1 one two
1
171 1
3
0 2 -1 0
0 167 1 3
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l1 three four
1
171 1
3
0 2 -1 0
0 167 2 0
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l1 two three
1
171 1
3
0 2 -1 0
0 167 3 2
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l1 zero one
1
171 1
3
0 2 -1 0
0 167 4 1
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l2 one two
1
171 2
3
0 3 -1 0
0 167 1 3
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l2 three four
1
171 2
3
0 3 -1 0
0 167 2 0
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l2 two three
1
171 2
3
0 3 -1 0
0 167 3 2
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l2 zero one
1
171 2
3
0 3 -1 0
0 167 4 1
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l3 one two
1
171 3
3
0 4 -1 0
0 167 1 3
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l3 three four
1
171 3
3
0 4 -1 0
0 167 2 0
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l3 two three
1
171 3
3
0 4 -1 0
0 167 3 2
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l3 zero one
1
171 3
3
0 4 -1 0
0 167 4 1
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l4 one two
1
171 4
3
0 5 -1 0
0 167 1 3
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l4 three four
1
171 4
3
0 5 -1 0
0 167 2 0
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l4 two three
1
171 4
3
0 5 -1 0
0 167 3 2
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l4 zero one
1
171 4
3
0 5 -1 0
0 167 4 1
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l5 one two
1
171 5
3
0 6 -1 0
0 167 1 3
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l5 three four
1
171 5
3
0 6 -1 0
0 167 2 0
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l5 two three
1
171 5
3
0 6 -1 0
0 167 3 2
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t0 l5 zero one
1
171 5
3
0 6 -1 0
0 167 4 1
0 91 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l0 one two
1
171 0
3
0 7 -1 0
0 167 1 3
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l0 three four
1
171 0
3
0 7 -1 0
0 167 2 0
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l0 two three
1
171 0
3
0 7 -1 0
0 167 3 2
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l0 zero one
1
171 0
3
0 7 -1 0
0 167 4 1
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l1 one two
1
171 1
3
0 8 -1 0
0 167 1 3
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l1 three four
1
171 1
3
0 8 -1 0
0 167 2 0
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l1 two three
1
171 1
3
0 8 -1 0
0 167 3 2
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l1 zero one
1
171 1
3
0 8 -1 0
0 167 4 1
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l2 one two
1
171 2
3
0 9 -1 0
0 167 1 3
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l2 three four
1
171 2
3
0 9 -1 0
0 167 2 0
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l2 two three
1
171 2
3
0 9 -1 0
0 167 3 2
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l2 zero one
1
171 2
3
0 9 -1 0
0 167 4 1
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l3 one two
1
171 3
3
0 10 -1 0
0 167 1 3
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l3 three four
1
171 3
3
0 10 -1 0
0 167 2 0
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l3 two three
1
171 3
3
0 10 -1 0
0 167 3 2
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l3 zero one
1
171 3
3
0 10 -1 0
0 167 4 1
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l4 one two
1
171 4
3
0 11 -1 0
0 167 1 3
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l4 three four
1
171 4
3
0 11 -1 0
0 167 2 0
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l4 two three
1
171 4
3
0 11 -1 0
0 167 3 2
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l4 zero one
1
171 4
3
0 11 -1 0
0 167 4 1
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l5 one two
1
171 5
3
0 12 -1 0
0 167 1 3
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l5 three four
1
171 5
3
0 12 -1 0
0 167 2 0
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l5 two three
1
171 5
3
0 12 -1 0
0 167 3 2
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t1 l5 zero one
1
171 5
3
0 12 -1 0
0 167 4 1
0 95 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l0 one two
1
171 0
3
0 13 -1 0
0 167 1 3
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l0 three four
1
171 0
3
0 13 -1 0
0 167 2 0
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l0 two three
1
171 0
3
0 13 -1 0
0 167 3 2
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l0 zero one
1
171 0
3
0 13 -1 0
0 167 4 1
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l1 one two
1
171 1
3
0 14 -1 0
0 167 1 3
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l1 three four
1
171 1
3
0 14 -1 0
0 167 2 0
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l1 two three
1
171 1
3
0 14 -1 0
0 167 3 2
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l1 zero one
1
171 1
3
0 14 -1 0
0 167 4 1
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l2 one two
1
171 2
3
0 15 -1 0
0 167 1 3
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l2 three four
1
171 2
3
0 15 -1 0
0 167 2 0
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l2 two three
1
171 2
3
0 15 -1 0
0 167 3 2
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l2 zero one
1
171 2
3
0 15 -1 0
0 167 4 1
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l3 one two
1
171 3
3
0 16 -1 0
0 167 1 3
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l3 three four
1
171 3
3
0 16 -1 0
0 167 2 0
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l3 two three
1
171 3
3
0 16 -1 0
0 167 3 2
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l3 zero one
1
171 3
3
0 16 -1 0
0 167 4 1
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l4 one two
1
171 4
3
0 17 -1 0
0 167 1 3
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l4 three four
1
171 4
3
0 17 -1 0
0 167 2 0
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l4 two three
1
171 4
3
0 17 -1 0
0 167 3 2
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l4 zero one
1
171 4
3
0 17 -1 0
0 167 4 1
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l5 one two
1
171 5
3
0 18 -1 0
0 167 1 3
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l5 three four
1
171 5
3
0 18 -1 0
0 167 2 0
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l5 two three
1
171 5
3
0 18 -1 0
0 167 3 2
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t10 l5 zero one
1
171 5
3
0 18 -1 0
0 167 4 1
0 99 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l0 one two
1
171 0
3
0 19 -1 0
0 167 1 3
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l0 three four
1
171 0
3
0 19 -1 0
0 167 2 0
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l0 two three
1
171 0
3
0 19 -1 0
0 167 3 2
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l0 zero one
1
171 0
3
0 19 -1 0
0 167 4 1
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l1 one two
1
171 1
3
0 20 -1 0
0 167 1 3
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l1 three four
1
171 1
3
0 20 -1 0
0 167 2 0
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l1 two three
1
171 1
3
0 20 -1 0
0 167 3 2
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l1 zero one
1
171 1
3
0 20 -1 0
0 167 4 1
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l2 one two
1
171 2
3
0 21 -1 0
0 167 1 3
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l2 three four
1
171 2
3
0 21 -1 0
0 167 2 0
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l2 two three
1
171 2
3
0 21 -1 0
0 167 3 2
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l2 zero one
1
171 2
3
0 21 -1 0
0 167 4 1
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l3 one two
1
171 3
3
0 22 -1 0
0 167 1 3
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l3 three four
1
171 3
3
0 22 -1 0
0 167 2 0
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l3 two three
1
171 3
3
0 22 -1 0
0 167 3 2
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l3 zero one
1
171 3
3
0 22 -1 0
0 167 4 1
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l4 one two
1
171 4
3
0 23 -1 0
0 167 1 3
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l4 three four
1
171 4
3
0 23 -1 0
0 167 2 0
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l4 two three
1
171 4
3
0 23 -1 0
0 167 3 2
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l4 zero one
1
171 4
3
0 23 -1 0
0 167 4 1
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l5 one two
1
171 5
3
0 24 -1 0
0 167 1 3
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l5 three four
1
171 5
3
0 24 -1 0
0 167 2 0
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l5 two three
1
171 5
3
0 24 -1 0
0 167 3 2
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t11 l5 zero one
1
171 5
3
0 24 -1 0
0 167 4 1
0 103 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l0 one two
1
171 0
3
0 25 -1 0
0 167 1 3
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l0 three four
1
171 0
3
0 25 -1 0
0 167 2 0
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l0 two three
1
171 0
3
0 25 -1 0
0 167 3 2
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l0 zero one
1
171 0
3
0 25 -1 0
0 167 4 1
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l1 one two
1
171 1
3
0 26 -1 0
0 167 1 3
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l1 three four
1
171 1
3
0 26 -1 0
0 167 2 0
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l1 two three
1
171 1
3
0 26 -1 0
0 167 3 2
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l1 zero one
1
171 1
3
0 26 -1 0
0 167 4 1
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l2 one two
1
171 2
3
0 27 -1 0
0 167 1 3
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l2 three four
1
171 2
3
0 27 -1 0
0 167 2 0
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l2 two three
1
171 2
3
0 27 -1 0
0 167 3 2
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l2 zero one
1
171 2
3
0 27 -1 0
0 167 4 1
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l3 one two
1
171 3
3
0 28 -1 0
0 167 1 3
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l3 three four
1
171 3
3
0 28 -1 0
0 167 2 0
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l3 two three
1
171 3
3
0 28 -1 0
0 167 3 2
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l3 zero one
1
171 3
3
0 28 -1 0
0 167 4 1
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l4 one two
1
171 4
3
0 29 -1 0
0 167 1 3
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l4 three four
1
171 4
3
0 29 -1 0
0 167 2 0
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l4 two three
1
171 4
3
0 29 -1 0
0 167 3 2
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l4 zero one
1
171 4
3
0 29 -1 0
0 167 4 1
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l5 one two
1
171 5
3
0 30 -1 0
0 167 1 3
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l5 three four
1
171 5
3
0 30 -1 0
0 167 2 0
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l5 two three
1
171 5
3
0 30 -1 0
0 167 3 2
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t12 l5 zero one
1
171 5
3
0 30 -1 0
0 167 4 1
0 107 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l0 one two
1
171 0
3
0 31 -1 0
0 167 1 3
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l0 three four
1
171 0
3
0 31 -1 0
0 167 2 0
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l0 two three
1
171 0
3
0 31 -1 0
0 167 3 2
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l0 zero one
1
171 0
3
0 31 -1 0
0 167 4 1
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l1 one two
1
171 1
3
0 32 -1 0
0 167 1 3
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l1 three four
1
171 1
3
0 32 -1 0
0 167 2 0
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l1 two three
1
171 1
3
0 32 -1 0
0 167 3 2
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l1 zero one
1
171 1
3
0 32 -1 0
0 167 4 1
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l2 one two
1
171 2
3
0 33 -1 0
0 167 1 3
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l2 three four
1
171 2
3
0 33 -1 0
0 167 2 0
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l2 two three
1
171 2
3
0 33 -1 0
0 167 3 2
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l2 zero one
1
171 2
3
0 33 -1 0
0 167 4 1
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l3 one two
1
171 3
3
0 34 -1 0
0 167 1 3
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l3 three four
1
171 3
3
0 34 -1 0
0 167 2 0
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l3 two three
1
171 3
3
0 34 -1 0
0 167 3 2
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l3 zero one
1
171 3
3
0 34 -1 0
0 167 4 1
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l4 one two
1
171 4
3
0 35 -1 0
0 167 1 3
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l4 three four
1
171 4
3
0 35 -1 0
0 167 2 0
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l4 two three
1
171 4
3
0 35 -1 0
0 167 3 2
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l4 zero one
1
171 4
3
0 35 -1 0
0 167 4 1
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l5 one two
1
171 5
3
0 36 -1 0
0 167 1 3
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l5 three four
1
171 5
3
0 36 -1 0
0 167 2 0
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l5 two three
1
171 5
3
0 36 -1 0
0 167 3 2
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t13 l5 zero one
1
171 5
3
0 36 -1 0
0 167 4 1
0 111 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l0 one two
1
171 0
3
0 37 -1 0
0 167 1 3
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l0 three four
1
171 0
3
0 37 -1 0
0 167 2 0
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l0 two three
1
171 0
3
0 37 -1 0
0 167 3 2
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l0 zero one
1
171 0
3
0 37 -1 0
0 167 4 1
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l1 one two
1
171 1
3
0 38 -1 0
0 167 1 3
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l1 three four
1
171 1
3
0 38 -1 0
0 167 2 0
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l1 two three
1
171 1
3
0 38 -1 0
0 167 3 2
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l1 zero one
1
171 1
3
0 38 -1 0
0 167 4 1
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l2 one two
1
171 2
3
0 39 -1 0
0 167 1 3
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l2 three four
1
171 2
3
0 39 -1 0
0 167 2 0
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l2 two three
1
171 2
3
0 39 -1 0
0 167 3 2
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l2 zero one
1
171 2
3
0 39 -1 0
0 167 4 1
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l3 one two
1
171 3
3
0 40 -1 0
0 167 1 3
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l3 three four
1
171 3
3
0 40 -1 0
0 167 2 0
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l3 two three
1
171 3
3
0 40 -1 0
0 167 3 2
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l3 zero one
1
171 3
3
0 40 -1 0
0 167 4 1
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l4 one two
1
171 4
3
0 41 -1 0
0 167 1 3
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l4 three four
1
171 4
3
0 41 -1 0
0 167 2 0
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l4 two three
1
171 4
3
0 41 -1 0
0 167 3 2
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l4 zero one
1
171 4
3
0 41 -1 0
0 167 4 1
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l5 one two
1
171 5
3
0 42 -1 0
0 167 1 3
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l5 three four
1
171 5
3
0 42 -1 0
0 167 2 0
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l5 two three
1
171 5
3
0 42 -1 0
0 167 3 2
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t14 l5 zero one
1
171 5
3
0 42 -1 0
0 167 4 1
0 115 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l0 one two
1
171 0
3
0 43 -1 0
0 167 1 3
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l0 three four
1
171 0
3
0 43 -1 0
0 167 2 0
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l0 two three
1
171 0
3
0 43 -1 0
0 167 3 2
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l0 zero one
1
171 0
3
0 43 -1 0
0 167 4 1
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l1 one two
1
171 1
3
0 44 -1 0
0 167 1 3
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l1 three four
1
171 1
3
0 44 -1 0
0 167 2 0
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l1 two three
1
171 1
3
0 44 -1 0
0 167 3 2
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l1 zero one
1
171 1
3
0 44 -1 0
0 167 4 1
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l2 one two
1
171 2
3
0 45 -1 0
0 167 1 3
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l2 three four
1
171 2
3
0 45 -1 0
0 167 2 0
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l2 two three
1
171 2
3
0 45 -1 0
0 167 3 2
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l2 zero one
1
171 2
3
0 45 -1 0
0 167 4 1
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l3 one two
1
171 3
3
0 46 -1 0
0 167 1 3
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l3 three four
1
171 3
3
0 46 -1 0
0 167 2 0
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l3 two three
1
171 3
3
0 46 -1 0
0 167 3 2
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l3 zero one
1
171 3
3
0 46 -1 0
0 167 4 1
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l4 one two
1
171 4
3
0 47 -1 0
0 167 1 3
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l4 three four
1
171 4
3
0 47 -1 0
0 167 2 0
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l4 two three
1
171 4
3
0 47 -1 0
0 167 3 2
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l4 zero one
1
171 4
3
0 47 -1 0
0 167 4 1
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l5 one two
1
171 5
3
0 48 -1 0
0 167 1 3
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l5 three four
1
171 5
3
0 48 -1 0
0 167 2 0
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l5 two three
1
171 5
3
0 48 -1 0
0 167 3 2
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t2 l5 zero one
1
171 5
3
0 48 -1 0
0 167 4 1
0 119 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l0 one two
1
171 0
3
0 49 -1 0
0 167 1 3
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l0 three four
1
171 0
3
0 49 -1 0
0 167 2 0
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l0 two three
1
171 0
3
0 49 -1 0
0 167 3 2
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l0 zero one
1
171 0
3
0 49 -1 0
0 167 4 1
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l1 one two
1
171 1
3
0 50 -1 0
0 167 1 3
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l1 three four
1
171 1
3
0 50 -1 0
0 167 2 0
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l1 two three
1
171 1
3
0 50 -1 0
0 167 3 2
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l1 zero one
1
171 1
3
0 50 -1 0
0 167 4 1
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l2 one two
1
171 2
3
0 51 -1 0
0 167 1 3
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l2 three four
1
171 2
3
0 51 -1 0
0 167 2 0
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l2 two three
1
171 2
3
0 51 -1 0
0 167 3 2
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l2 zero one
1
171 2
3
0 51 -1 0
0 167 4 1
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l3 one two
1
171 3
3
0 52 -1 0
0 167 1 3
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l3 three four
1
171 3
3
0 52 -1 0
0 167 2 0
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l3 two three
1
171 3
3
0 52 -1 0
0 167 3 2
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l3 zero one
1
171 3
3
0 52 -1 0
0 167 4 1
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l4 one two
1
171 4
3
0 53 -1 0
0 167 1 3
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l4 three four
1
171 4
3
0 53 -1 0
0 167 2 0
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l4 two three
1
171 4
3
0 53 -1 0
0 167 3 2
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l4 zero one
1
171 4
3
0 53 -1 0
0 167 4 1
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l5 one two
1
171 5
3
0 54 -1 0
0 167 1 3
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l5 three four
1
171 5
3
0 54 -1 0
0 167 2 0
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l5 two three
1
171 5
3
0 54 -1 0
0 167 3 2
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t3 l5 zero one
1
171 5
3
0 54 -1 0
0 167 4 1
0 123 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l0 one two
1
171 0
3
0 55 -1 0
0 167 1 3
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l0 three four
1
171 0
3
0 55 -1 0
0 167 2 0
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l0 two three
1
171 0
3
0 55 -1 0
0 167 3 2
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l0 zero one
1
171 0
3
0 55 -1 0
0 167 4 1
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l1 one two
1
171 1
3
0 56 -1 0
0 167 1 3
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l1 three four
1
171 1
3
0 56 -1 0
0 167 2 0
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l1 two three
1
171 1
3
0 56 -1 0
0 167 3 2
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l1 zero one
1
171 1
3
0 56 -1 0
0 167 4 1
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l2 one two
1
171 2
3
0 57 -1 0
0 167 1 3
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l2 three four
1
171 2
3
0 57 -1 0
0 167 2 0
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l2 two three
1
171 2
3
0 57 -1 0
0 167 3 2
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l2 zero one
1
171 2
3
0 57 -1 0
0 167 4 1
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l3 one two
1
171 3
3
0 58 -1 0
0 167 1 3
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l3 three four
1
171 3
3
0 58 -1 0
0 167 2 0
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l3 two three
1
171 3
3
0 58 -1 0
0 167 3 2
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l3 zero one
1
171 3
3
0 58 -1 0
0 167 4 1
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l4 one two
1
171 4
3
0 59 -1 0
0 167 1 3
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l4 three four
1
171 4
3
0 59 -1 0
0 167 2 0
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l4 two three
1
171 4
3
0 59 -1 0
0 167 3 2
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l4 zero one
1
171 4
3
0 59 -1 0
0 167 4 1
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l5 one two
1
171 5
3
0 60 -1 0
0 167 1 3
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l5 three four
1
171 5
3
0 60 -1 0
0 167 2 0
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l5 two three
1
171 5
3
0 60 -1 0
0 167 3 2
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t4 l5 zero one
1
171 5
3
0 60 -1 0
0 167 4 1
0 127 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l0 one two
1
171 0
3
0 61 -1 0
0 167 1 3
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l0 three four
1
171 0
3
0 61 -1 0
0 167 2 0
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l0 two three
1
171 0
3
0 61 -1 0
0 167 3 2
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l0 zero one
1
171 0
3
0 61 -1 0
0 167 4 1
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l1 one two
1
171 1
3
0 62 -1 0
0 167 1 3
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l1 three four
1
171 1
3
0 62 -1 0
0 167 2 0
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l1 two three
1
171 1
3
0 62 -1 0
0 167 3 2
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l1 zero one
1
171 1
3
0 62 -1 0
0 167 4 1
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l2 one two
1
171 2
3
0 63 -1 0
0 167 1 3
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l2 three four
1
171 2
3
0 63 -1 0
0 167 2 0
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l2 two three
1
171 2
3
0 63 -1 0
0 167 3 2
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l2 zero one
1
171 2
3
0 63 -1 0
0 167 4 1
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l3 one two
1
171 3
3
0 64 -1 0
0 167 1 3
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l3 three four
1
171 3
3
0 64 -1 0
0 167 2 0
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l3 two three
1
171 3
3
0 64 -1 0
0 167 3 2
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l3 zero one
1
171 3
3
0 64 -1 0
0 167 4 1
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l4 one two
1
171 4
3
0 65 -1 0
0 167 1 3
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l4 three four
1
171 4
3
0 65 -1 0
0 167 2 0
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l4 two three
1
171 4
3
0 65 -1 0
0 167 3 2
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l4 zero one
1
171 4
3
0 65 -1 0
0 167 4 1
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l5 one two
1
171 5
3
0 66 -1 0
0 167 1 3
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l5 three four
1
171 5
3
0 66 -1 0
0 167 2 0
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l5 two three
1
171 5
3
0 66 -1 0
0 167 3 2
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t5 l5 zero one
1
171 5
3
0 66 -1 0
0 167 4 1
0 131 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l0 one two
1
171 0
3
0 67 -1 0
0 167 1 3
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l0 three four
1
171 0
3
0 67 -1 0
0 167 2 0
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l0 two three
1
171 0
3
0 67 -1 0
0 167 3 2
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l0 zero one
1
171 0
3
0 67 -1 0
0 167 4 1
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l1 one two
1
171 1
3
0 68 -1 0
0 167 1 3
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l1 three four
1
171 1
3
0 68 -1 0
0 167 2 0
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l1 two three
1
171 1
3
0 68 -1 0
0 167 3 2
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l1 zero one
1
171 1
3
0 68 -1 0
0 167 4 1
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l2 one two
1
171 2
3
0 69 -1 0
0 167 1 3
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l2 three four
1
171 2
3
0 69 -1 0
0 167 2 0
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l2 two three
1
171 2
3
0 69 -1 0
0 167 3 2
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l2 zero one
1
171 2
3
0 69 -1 0
0 167 4 1
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l3 one two
1
171 3
3
0 70 -1 0
0 167 1 3
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l3 three four
1
171 3
3
0 70 -1 0
0 167 2 0
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l3 two three
1
171 3
3
0 70 -1 0
0 167 3 2
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l3 zero one
1
171 3
3
0 70 -1 0
0 167 4 1
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l4 one two
1
171 4
3
0 71 -1 0
0 167 1 3
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l4 three four
1
171 4
3
0 71 -1 0
0 167 2 0
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l4 two three
1
171 4
3
0 71 -1 0
0 167 3 2
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l4 zero one
1
171 4
3
0 71 -1 0
0 167 4 1
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l5 one two
1
171 5
3
0 72 -1 0
0 167 1 3
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l5 three four
1
171 5
3
0 72 -1 0
0 167 2 0
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l5 two three
1
171 5
3
0 72 -1 0
0 167 3 2
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t6 l5 zero one
1
171 5
3
0 72 -1 0
0 167 4 1
0 135 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l0 one two
1
171 0
3
0 73 -1 0
0 167 1 3
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l0 three four
1
171 0
3
0 73 -1 0
0 167 2 0
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l0 two three
1
171 0
3
0 73 -1 0
0 167 3 2
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l0 zero one
1
171 0
3
0 73 -1 0
0 167 4 1
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l1 one two
1
171 1
3
0 74 -1 0
0 167 1 3
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l1 three four
1
171 1
3
0 74 -1 0
0 167 2 0
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l1 two three
1
171 1
3
0 74 -1 0
0 167 3 2
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l1 zero one
1
171 1
3
0 74 -1 0
0 167 4 1
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l2 one two
1
171 2
3
0 75 -1 0
0 167 1 3
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l2 three four
1
171 2
3
0 75 -1 0
0 167 2 0
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l2 two three
1
171 2
3
0 75 -1 0
0 167 3 2
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l2 zero one
1
171 2
3
0 75 -1 0
0 167 4 1
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l3 one two
1
171 3
3
0 76 -1 0
0 167 1 3
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l3 three four
1
171 3
3
0 76 -1 0
0 167 2 0
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l3 two three
1
171 3
3
0 76 -1 0
0 167 3 2
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l3 zero one
1
171 3
3
0 76 -1 0
0 167 4 1
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l4 one two
1
171 4
3
0 77 -1 0
0 167 1 3
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l4 three four
1
171 4
3
0 77 -1 0
0 167 2 0
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l4 two three
1
171 4
3
0 77 -1 0
0 167 3 2
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l4 zero one
1
171 4
3
0 77 -1 0
0 167 4 1
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l5 one two
1
171 5
3
0 78 -1 0
0 167 1 3
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l5 three four
1
171 5
3
0 78 -1 0
0 167 2 0
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l5 two three
1
171 5
3
0 78 -1 0
0 167 3 2
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t7 l5 zero one
1
171 5
3
0 78 -1 0
0 167 4 1
0 139 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l0 one two
1
171 0
3
0 79 -1 0
0 167 1 3
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l0 three four
1
171 0
3
0 79 -1 0
0 167 2 0
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l0 two three
1
171 0
3
0 79 -1 0
0 167 3 2
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l0 zero one
1
171 0
3
0 79 -1 0
0 167 4 1
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l1 one two
1
171 1
3
0 80 -1 0
0 167 1 3
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l1 three four
1
171 1
3
0 80 -1 0
0 167 2 0
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l1 two three
1
171 1
3
0 80 -1 0
0 167 3 2
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l1 zero one
1
171 1
3
0 80 -1 0
0 167 4 1
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l2 one two
1
171 2
3
0 81 -1 0
0 167 1 3
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l2 three four
1
171 2
3
0 81 -1 0
0 167 2 0
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l2 two three
1
171 2
3
0 81 -1 0
0 167 3 2
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l2 zero one
1
171 2
3
0 81 -1 0
0 167 4 1
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l3 one two
1
171 3
3
0 82 -1 0
0 167 1 3
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l3 three four
1
171 3
3
0 82 -1 0
0 167 2 0
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l3 two three
1
171 3
3
0 82 -1 0
0 167 3 2
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l3 zero one
1
171 3
3
0 82 -1 0
0 167 4 1
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l4 one two
1
171 4
3
0 83 -1 0
0 167 1 3
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l4 three four
1
171 4
3
0 83 -1 0
0 167 2 0
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l4 two three
1
171 4
3
0 83 -1 0
0 167 3 2
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l4 zero one
1
171 4
3
0 83 -1 0
0 167 4 1
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l5 one two
1
171 5
3
0 84 -1 0
0 167 1 3
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l5 three four
1
171 5
3
0 84 -1 0
0 167 2 0
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l5 two three
1
171 5
3
0 84 -1 0
0 167 3 2
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t8 l5 zero one
1
171 5
3
0 84 -1 0
0 167 4 1
0 143 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l0 one two
1
171 0
3
0 85 -1 0
0 167 1 3
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l0 three four
1
171 0
3
0 85 -1 0
0 167 2 0
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l0 two three
1
171 0
3
0 85 -1 0
0 167 3 2
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l0 zero one
1
171 0
3
0 85 -1 0
0 167 4 1
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l1 one two
1
171 1
3
0 86 -1 0
0 167 1 3
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l1 three four
1
171 1
3
0 86 -1 0
0 167 2 0
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l1 two three
1
171 1
3
0 86 -1 0
0 167 3 2
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l1 zero one
1
171 1
3
0 86 -1 0
0 167 4 1
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l2 one two
1
171 2
3
0 87 -1 0
0 167 1 3
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l2 three four
1
171 2
3
0 87 -1 0
0 167 2 0
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l2 two three
1
171 2
3
0 87 -1 0
0 167 3 2
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l2 zero one
1
171 2
3
0 87 -1 0
0 167 4 1
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l3 one two
1
171 3
3
0 88 -1 0
0 167 1 3
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l3 three four
1
171 3
3
0 88 -1 0
0 167 2 0
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l3 two three
1
171 3
3
0 88 -1 0
0 167 3 2
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l3 zero one
1
171 3
3
0 88 -1 0
0 167 4 1
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l4 one two
1
171 4
3
0 89 -1 0
0 167 1 3
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l4 three four
1
171 4
3
0 89 -1 0
0 167 2 0
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l4 two three
1
171 4
3
0 89 -1 0
0 167 3 2
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l4 zero one
1
171 4
3
0 89 -1 0
0 167 4 1
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l5 one two
1
171 5
3
0 90 -1 0
0 167 1 3
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l5 three four
1
171 5
3
0 90 -1 0
0 167 2 0
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l5 two three
1
171 5
3
0 90 -1 0
0 167 3 2
0 147 0 1
1
end_operator
begin_operator
drop-tank d0 t9 l5 zero one
1
171 5
3
0 90 -1 0
0 167 4 1
0 147 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l0 one two
1
172 0
3
0 1 -1 0
0 168 1 3
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l0 three four
1
172 0
3
0 1 -1 0
0 168 2 0
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l0 two three
1
172 0
3
0 1 -1 0
0 168 3 2
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l0 zero one
1
172 0
3
0 1 -1 0
0 168 4 1
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l1 one two
1
172 1
3
0 2 -1 0
0 168 1 3
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l1 three four
1
172 1
3
0 2 -1 0
0 168 2 0
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l1 two three
1
172 1
3
0 2 -1 0
0 168 3 2
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l1 zero one
1
172 1
3
0 2 -1 0
0 168 4 1
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l2 one two
1
172 2
3
0 3 -1 0
0 168 1 3
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l2 three four
1
172 2
3
0 3 -1 0
0 168 2 0
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l2 two three
1
172 2
3
0 3 -1 0
0 168 3 2
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l2 zero one
1
172 2
3
0 3 -1 0
0 168 4 1
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l3 one two
1
172 3
3
0 4 -1 0
0 168 1 3
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l3 three four
1
172 3
3
0 4 -1 0
0 168 2 0
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l3 two three
1
172 3
3
0 4 -1 0
0 168 3 2
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l3 zero one
1
172 3
3
0 4 -1 0
0 168 4 1
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l4 one two
1
172 4
3
0 5 -1 0
0 168 1 3
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l4 three four
1
172 4
3
0 5 -1 0
0 168 2 0
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l4 two three
1
172 4
3
0 5 -1 0
0 168 3 2
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l4 zero one
1
172 4
3
0 5 -1 0
0 168 4 1
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l5 one two
1
172 5
3
0 6 -1 0
0 168 1 3
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l5 three four
1
172 5
3
0 6 -1 0
0 168 2 0
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l5 two three
1
172 5
3
0 6 -1 0
0 168 3 2
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t0 l5 zero one
1
172 5
3
0 6 -1 0
0 168 4 1
0 92 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l0 one two
1
172 0
3
0 7 -1 0
0 168 1 3
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l0 three four
1
172 0
3
0 7 -1 0
0 168 2 0
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l0 two three
1
172 0
3
0 7 -1 0
0 168 3 2
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l0 zero one
1
172 0
3
0 7 -1 0
0 168 4 1
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l1 one two
1
172 1
3
0 8 -1 0
0 168 1 3
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l1 three four
1
172 1
3
0 8 -1 0
0 168 2 0
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l1 two three
1
172 1
3
0 8 -1 0
0 168 3 2
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l1 zero one
1
172 1
3
0 8 -1 0
0 168 4 1
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l2 one two
1
172 2
3
0 9 -1 0
0 168 1 3
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l2 three four
1
172 2
3
0 9 -1 0
0 168 2 0
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l2 two three
1
172 2
3
0 9 -1 0
0 168 3 2
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l2 zero one
1
172 2
3
0 9 -1 0
0 168 4 1
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l3 one two
1
172 3
3
0 10 -1 0
0 168 1 3
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l3 three four
1
172 3
3
0 10 -1 0
0 168 2 0
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l3 two three
1
172 3
3
0 10 -1 0
0 168 3 2
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l3 zero one
1
172 3
3
0 10 -1 0
0 168 4 1
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l4 one two
1
172 4
3
0 11 -1 0
0 168 1 3
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l4 three four
1
172 4
3
0 11 -1 0
0 168 2 0
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l4 two three
1
172 4
3
0 11 -1 0
0 168 3 2
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l4 zero one
1
172 4
3
0 11 -1 0
0 168 4 1
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l5 one two
1
172 5
3
0 12 -1 0
0 168 1 3
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l5 three four
1
172 5
3
0 12 -1 0
0 168 2 0
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l5 two three
1
172 5
3
0 12 -1 0
0 168 3 2
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t1 l5 zero one
1
172 5
3
0 12 -1 0
0 168 4 1
0 96 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l0 one two
1
172 0
3
0 13 -1 0
0 168 1 3
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l0 three four
1
172 0
3
0 13 -1 0
0 168 2 0
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l0 two three
1
172 0
3
0 13 -1 0
0 168 3 2
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l0 zero one
1
172 0
3
0 13 -1 0
0 168 4 1
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l1 one two
1
172 1
3
0 14 -1 0
0 168 1 3
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l1 three four
1
172 1
3
0 14 -1 0
0 168 2 0
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l1 two three
1
172 1
3
0 14 -1 0
0 168 3 2
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l1 zero one
1
172 1
3
0 14 -1 0
0 168 4 1
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l2 one two
1
172 2
3
0 15 -1 0
0 168 1 3
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l2 three four
1
172 2
3
0 15 -1 0
0 168 2 0
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l2 two three
1
172 2
3
0 15 -1 0
0 168 3 2
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l2 zero one
1
172 2
3
0 15 -1 0
0 168 4 1
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l3 one two
1
172 3
3
0 16 -1 0
0 168 1 3
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l3 three four
1
172 3
3
0 16 -1 0
0 168 2 0
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l3 two three
1
172 3
3
0 16 -1 0
0 168 3 2
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l3 zero one
1
172 3
3
0 16 -1 0
0 168 4 1
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l4 one two
1
172 4
3
0 17 -1 0
0 168 1 3
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l4 three four
1
172 4
3
0 17 -1 0
0 168 2 0
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l4 two three
1
172 4
3
0 17 -1 0
0 168 3 2
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l4 zero one
1
172 4
3
0 17 -1 0
0 168 4 1
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l5 one two
1
172 5
3
0 18 -1 0
0 168 1 3
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l5 three four
1
172 5
3
0 18 -1 0
0 168 2 0
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l5 two three
1
172 5
3
0 18 -1 0
0 168 3 2
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t10 l5 zero one
1
172 5
3
0 18 -1 0
0 168 4 1
0 100 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l0 one two
1
172 0
3
0 19 -1 0
0 168 1 3
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l0 three four
1
172 0
3
0 19 -1 0
0 168 2 0
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l0 two three
1
172 0
3
0 19 -1 0
0 168 3 2
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l0 zero one
1
172 0
3
0 19 -1 0
0 168 4 1
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l1 one two
1
172 1
3
0 20 -1 0
0 168 1 3
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l1 three four
1
172 1
3
0 20 -1 0
0 168 2 0
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l1 two three
1
172 1
3
0 20 -1 0
0 168 3 2
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l1 zero one
1
172 1
3
0 20 -1 0
0 168 4 1
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l2 one two
1
172 2
3
0 21 -1 0
0 168 1 3
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l2 three four
1
172 2
3
0 21 -1 0
0 168 2 0
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l2 two three
1
172 2
3
0 21 -1 0
0 168 3 2
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l2 zero one
1
172 2
3
0 21 -1 0
0 168 4 1
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l3 one two
1
172 3
3
0 22 -1 0
0 168 1 3
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l3 three four
1
172 3
3
0 22 -1 0
0 168 2 0
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l3 two three
1
172 3
3
0 22 -1 0
0 168 3 2
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l3 zero one
1
172 3
3
0 22 -1 0
0 168 4 1
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l4 one two
1
172 4
3
0 23 -1 0
0 168 1 3
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l4 three four
1
172 4
3
0 23 -1 0
0 168 2 0
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l4 two three
1
172 4
3
0 23 -1 0
0 168 3 2
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l4 zero one
1
172 4
3
0 23 -1 0
0 168 4 1
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l5 one two
1
172 5
3
0 24 -1 0
0 168 1 3
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l5 three four
1
172 5
3
0 24 -1 0
0 168 2 0
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l5 two three
1
172 5
3
0 24 -1 0
0 168 3 2
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t11 l5 zero one
1
172 5
3
0 24 -1 0
0 168 4 1
0 104 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l0 one two
1
172 0
3
0 25 -1 0
0 168 1 3
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l0 three four
1
172 0
3
0 25 -1 0
0 168 2 0
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l0 two three
1
172 0
3
0 25 -1 0
0 168 3 2
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l0 zero one
1
172 0
3
0 25 -1 0
0 168 4 1
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l1 one two
1
172 1
3
0 26 -1 0
0 168 1 3
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l1 three four
1
172 1
3
0 26 -1 0
0 168 2 0
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l1 two three
1
172 1
3
0 26 -1 0
0 168 3 2
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l1 zero one
1
172 1
3
0 26 -1 0
0 168 4 1
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l2 one two
1
172 2
3
0 27 -1 0
0 168 1 3
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l2 three four
1
172 2
3
0 27 -1 0
0 168 2 0
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l2 two three
1
172 2
3
0 27 -1 0
0 168 3 2
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l2 zero one
1
172 2
3
0 27 -1 0
0 168 4 1
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l3 one two
1
172 3
3
0 28 -1 0
0 168 1 3
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l3 three four
1
172 3
3
0 28 -1 0
0 168 2 0
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l3 two three
1
172 3
3
0 28 -1 0
0 168 3 2
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l3 zero one
1
172 3
3
0 28 -1 0
0 168 4 1
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l4 one two
1
172 4
3
0 29 -1 0
0 168 1 3
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l4 three four
1
172 4
3
0 29 -1 0
0 168 2 0
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l4 two three
1
172 4
3
0 29 -1 0
0 168 3 2
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l4 zero one
1
172 4
3
0 29 -1 0
0 168 4 1
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l5 one two
1
172 5
3
0 30 -1 0
0 168 1 3
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l5 three four
1
172 5
3
0 30 -1 0
0 168 2 0
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l5 two three
1
172 5
3
0 30 -1 0
0 168 3 2
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t12 l5 zero one
1
172 5
3
0 30 -1 0
0 168 4 1
0 108 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l0 one two
1
172 0
3
0 31 -1 0
0 168 1 3
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l0 three four
1
172 0
3
0 31 -1 0
0 168 2 0
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l0 two three
1
172 0
3
0 31 -1 0
0 168 3 2
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l0 zero one
1
172 0
3
0 31 -1 0
0 168 4 1
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l1 one two
1
172 1
3
0 32 -1 0
0 168 1 3
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l1 three four
1
172 1
3
0 32 -1 0
0 168 2 0
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l1 two three
1
172 1
3
0 32 -1 0
0 168 3 2
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l1 zero one
1
172 1
3
0 32 -1 0
0 168 4 1
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l2 one two
1
172 2
3
0 33 -1 0
0 168 1 3
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l2 three four
1
172 2
3
0 33 -1 0
0 168 2 0
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l2 two three
1
172 2
3
0 33 -1 0
0 168 3 2
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l2 zero one
1
172 2
3
0 33 -1 0
0 168 4 1
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l3 one two
1
172 3
3
0 34 -1 0
0 168 1 3
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l3 three four
1
172 3
3
0 34 -1 0
0 168 2 0
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l3 two three
1
172 3
3
0 34 -1 0
0 168 3 2
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l3 zero one
1
172 3
3
0 34 -1 0
0 168 4 1
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l4 one two
1
172 4
3
0 35 -1 0
0 168 1 3
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l4 three four
1
172 4
3
0 35 -1 0
0 168 2 0
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l4 two three
1
172 4
3
0 35 -1 0
0 168 3 2
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l4 zero one
1
172 4
3
0 35 -1 0
0 168 4 1
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l5 one two
1
172 5
3
0 36 -1 0
0 168 1 3
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l5 three four
1
172 5
3
0 36 -1 0
0 168 2 0
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l5 two three
1
172 5
3
0 36 -1 0
0 168 3 2
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t13 l5 zero one
1
172 5
3
0 36 -1 0
0 168 4 1
0 112 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l0 one two
1
172 0
3
0 37 -1 0
0 168 1 3
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l0 three four
1
172 0
3
0 37 -1 0
0 168 2 0
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l0 two three
1
172 0
3
0 37 -1 0
0 168 3 2
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l0 zero one
1
172 0
3
0 37 -1 0
0 168 4 1
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l1 one two
1
172 1
3
0 38 -1 0
0 168 1 3
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l1 three four
1
172 1
3
0 38 -1 0
0 168 2 0
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l1 two three
1
172 1
3
0 38 -1 0
0 168 3 2
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l1 zero one
1
172 1
3
0 38 -1 0
0 168 4 1
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l2 one two
1
172 2
3
0 39 -1 0
0 168 1 3
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l2 three four
1
172 2
3
0 39 -1 0
0 168 2 0
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l2 two three
1
172 2
3
0 39 -1 0
0 168 3 2
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l2 zero one
1
172 2
3
0 39 -1 0
0 168 4 1
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l3 one two
1
172 3
3
0 40 -1 0
0 168 1 3
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l3 three four
1
172 3
3
0 40 -1 0
0 168 2 0
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l3 two three
1
172 3
3
0 40 -1 0
0 168 3 2
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l3 zero one
1
172 3
3
0 40 -1 0
0 168 4 1
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l4 one two
1
172 4
3
0 41 -1 0
0 168 1 3
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l4 three four
1
172 4
3
0 41 -1 0
0 168 2 0
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l4 two three
1
172 4
3
0 41 -1 0
0 168 3 2
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l4 zero one
1
172 4
3
0 41 -1 0
0 168 4 1
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l5 one two
1
172 5
3
0 42 -1 0
0 168 1 3
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l5 three four
1
172 5
3
0 42 -1 0
0 168 2 0
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l5 two three
1
172 5
3
0 42 -1 0
0 168 3 2
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t14 l5 zero one
1
172 5
3
0 42 -1 0
0 168 4 1
0 116 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l0 one two
1
172 0
3
0 43 -1 0
0 168 1 3
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l0 three four
1
172 0
3
0 43 -1 0
0 168 2 0
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l0 two three
1
172 0
3
0 43 -1 0
0 168 3 2
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l0 zero one
1
172 0
3
0 43 -1 0
0 168 4 1
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l1 one two
1
172 1
3
0 44 -1 0
0 168 1 3
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l1 three four
1
172 1
3
0 44 -1 0
0 168 2 0
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l1 two three
1
172 1
3
0 44 -1 0
0 168 3 2
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l1 zero one
1
172 1
3
0 44 -1 0
0 168 4 1
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l2 one two
1
172 2
3
0 45 -1 0
0 168 1 3
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l2 three four
1
172 2
3
0 45 -1 0
0 168 2 0
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l2 two three
1
172 2
3
0 45 -1 0
0 168 3 2
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l2 zero one
1
172 2
3
0 45 -1 0
0 168 4 1
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l3 one two
1
172 3
3
0 46 -1 0
0 168 1 3
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l3 three four
1
172 3
3
0 46 -1 0
0 168 2 0
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l3 two three
1
172 3
3
0 46 -1 0
0 168 3 2
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l3 zero one
1
172 3
3
0 46 -1 0
0 168 4 1
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l4 one two
1
172 4
3
0 47 -1 0
0 168 1 3
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l4 three four
1
172 4
3
0 47 -1 0
0 168 2 0
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l4 two three
1
172 4
3
0 47 -1 0
0 168 3 2
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l4 zero one
1
172 4
3
0 47 -1 0
0 168 4 1
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l5 one two
1
172 5
3
0 48 -1 0
0 168 1 3
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l5 three four
1
172 5
3
0 48 -1 0
0 168 2 0
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l5 two three
1
172 5
3
0 48 -1 0
0 168 3 2
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t2 l5 zero one
1
172 5
3
0 48 -1 0
0 168 4 1
0 120 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l0 one two
1
172 0
3
0 49 -1 0
0 168 1 3
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l0 three four
1
172 0
3
0 49 -1 0
0 168 2 0
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l0 two three
1
172 0
3
0 49 -1 0
0 168 3 2
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l0 zero one
1
172 0
3
0 49 -1 0
0 168 4 1
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l1 one two
1
172 1
3
0 50 -1 0
0 168 1 3
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l1 three four
1
172 1
3
0 50 -1 0
0 168 2 0
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l1 two three
1
172 1
3
0 50 -1 0
0 168 3 2
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l1 zero one
1
172 1
3
0 50 -1 0
0 168 4 1
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l2 one two
1
172 2
3
0 51 -1 0
0 168 1 3
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l2 three four
1
172 2
3
0 51 -1 0
0 168 2 0
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l2 two three
1
172 2
3
0 51 -1 0
0 168 3 2
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l2 zero one
1
172 2
3
0 51 -1 0
0 168 4 1
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l3 one two
1
172 3
3
0 52 -1 0
0 168 1 3
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l3 three four
1
172 3
3
0 52 -1 0
0 168 2 0
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l3 two three
1
172 3
3
0 52 -1 0
0 168 3 2
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l3 zero one
1
172 3
3
0 52 -1 0
0 168 4 1
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l4 one two
1
172 4
3
0 53 -1 0
0 168 1 3
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l4 three four
1
172 4
3
0 53 -1 0
0 168 2 0
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l4 two three
1
172 4
3
0 53 -1 0
0 168 3 2
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l4 zero one
1
172 4
3
0 53 -1 0
0 168 4 1
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l5 one two
1
172 5
3
0 54 -1 0
0 168 1 3
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l5 three four
1
172 5
3
0 54 -1 0
0 168 2 0
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l5 two three
1
172 5
3
0 54 -1 0
0 168 3 2
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t3 l5 zero one
1
172 5
3
0 54 -1 0
0 168 4 1
0 124 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l0 one two
1
172 0
3
0 55 -1 0
0 168 1 3
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l0 three four
1
172 0
3
0 55 -1 0
0 168 2 0
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l0 two three
1
172 0
3
0 55 -1 0
0 168 3 2
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l0 zero one
1
172 0
3
0 55 -1 0
0 168 4 1
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l1 one two
1
172 1
3
0 56 -1 0
0 168 1 3
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l1 three four
1
172 1
3
0 56 -1 0
0 168 2 0
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l1 two three
1
172 1
3
0 56 -1 0
0 168 3 2
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l1 zero one
1
172 1
3
0 56 -1 0
0 168 4 1
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l2 one two
1
172 2
3
0 57 -1 0
0 168 1 3
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l2 three four
1
172 2
3
0 57 -1 0
0 168 2 0
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l2 two three
1
172 2
3
0 57 -1 0
0 168 3 2
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l2 zero one
1
172 2
3
0 57 -1 0
0 168 4 1
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l3 one two
1
172 3
3
0 58 -1 0
0 168 1 3
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l3 three four
1
172 3
3
0 58 -1 0
0 168 2 0
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l3 two three
1
172 3
3
0 58 -1 0
0 168 3 2
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l3 zero one
1
172 3
3
0 58 -1 0
0 168 4 1
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l4 one two
1
172 4
3
0 59 -1 0
0 168 1 3
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l4 three four
1
172 4
3
0 59 -1 0
0 168 2 0
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l4 two three
1
172 4
3
0 59 -1 0
0 168 3 2
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l4 zero one
1
172 4
3
0 59 -1 0
0 168 4 1
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l5 one two
1
172 5
3
0 60 -1 0
0 168 1 3
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l5 three four
1
172 5
3
0 60 -1 0
0 168 2 0
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l5 two three
1
172 5
3
0 60 -1 0
0 168 3 2
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t4 l5 zero one
1
172 5
3
0 60 -1 0
0 168 4 1
0 128 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l0 one two
1
172 0
3
0 61 -1 0
0 168 1 3
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l0 three four
1
172 0
3
0 61 -1 0
0 168 2 0
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l0 two three
1
172 0
3
0 61 -1 0
0 168 3 2
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l0 zero one
1
172 0
3
0 61 -1 0
0 168 4 1
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l1 one two
1
172 1
3
0 62 -1 0
0 168 1 3
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l1 three four
1
172 1
3
0 62 -1 0
0 168 2 0
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l1 two three
1
172 1
3
0 62 -1 0
0 168 3 2
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l1 zero one
1
172 1
3
0 62 -1 0
0 168 4 1
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l2 one two
1
172 2
3
0 63 -1 0
0 168 1 3
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l2 three four
1
172 2
3
0 63 -1 0
0 168 2 0
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l2 two three
1
172 2
3
0 63 -1 0
0 168 3 2
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l2 zero one
1
172 2
3
0 63 -1 0
0 168 4 1
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l3 one two
1
172 3
3
0 64 -1 0
0 168 1 3
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l3 three four
1
172 3
3
0 64 -1 0
0 168 2 0
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l3 two three
1
172 3
3
0 64 -1 0
0 168 3 2
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l3 zero one
1
172 3
3
0 64 -1 0
0 168 4 1
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l4 one two
1
172 4
3
0 65 -1 0
0 168 1 3
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l4 three four
1
172 4
3
0 65 -1 0
0 168 2 0
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l4 two three
1
172 4
3
0 65 -1 0
0 168 3 2
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l4 zero one
1
172 4
3
0 65 -1 0
0 168 4 1
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l5 one two
1
172 5
3
0 66 -1 0
0 168 1 3
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l5 three four
1
172 5
3
0 66 -1 0
0 168 2 0
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l5 two three
1
172 5
3
0 66 -1 0
0 168 3 2
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t5 l5 zero one
1
172 5
3
0 66 -1 0
0 168 4 1
0 132 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l0 one two
1
172 0
3
0 67 -1 0
0 168 1 3
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l0 three four
1
172 0
3
0 67 -1 0
0 168 2 0
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l0 two three
1
172 0
3
0 67 -1 0
0 168 3 2
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l0 zero one
1
172 0
3
0 67 -1 0
0 168 4 1
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l1 one two
1
172 1
3
0 68 -1 0
0 168 1 3
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l1 three four
1
172 1
3
0 68 -1 0
0 168 2 0
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l1 two three
1
172 1
3
0 68 -1 0
0 168 3 2
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l1 zero one
1
172 1
3
0 68 -1 0
0 168 4 1
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l2 one two
1
172 2
3
0 69 -1 0
0 168 1 3
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l2 three four
1
172 2
3
0 69 -1 0
0 168 2 0
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l2 two three
1
172 2
3
0 69 -1 0
0 168 3 2
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l2 zero one
1
172 2
3
0 69 -1 0
0 168 4 1
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l3 one two
1
172 3
3
0 70 -1 0
0 168 1 3
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l3 three four
1
172 3
3
0 70 -1 0
0 168 2 0
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l3 two three
1
172 3
3
0 70 -1 0
0 168 3 2
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l3 zero one
1
172 3
3
0 70 -1 0
0 168 4 1
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l4 one two
1
172 4
3
0 71 -1 0
0 168 1 3
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l4 three four
1
172 4
3
0 71 -1 0
0 168 2 0
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l4 two three
1
172 4
3
0 71 -1 0
0 168 3 2
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l4 zero one
1
172 4
3
0 71 -1 0
0 168 4 1
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l5 one two
1
172 5
3
0 72 -1 0
0 168 1 3
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l5 three four
1
172 5
3
0 72 -1 0
0 168 2 0
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l5 two three
1
172 5
3
0 72 -1 0
0 168 3 2
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t6 l5 zero one
1
172 5
3
0 72 -1 0
0 168 4 1
0 136 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l0 one two
1
172 0
3
0 73 -1 0
0 168 1 3
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l0 three four
1
172 0
3
0 73 -1 0
0 168 2 0
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l0 two three
1
172 0
3
0 73 -1 0
0 168 3 2
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l0 zero one
1
172 0
3
0 73 -1 0
0 168 4 1
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l1 one two
1
172 1
3
0 74 -1 0
0 168 1 3
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l1 three four
1
172 1
3
0 74 -1 0
0 168 2 0
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l1 two three
1
172 1
3
0 74 -1 0
0 168 3 2
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l1 zero one
1
172 1
3
0 74 -1 0
0 168 4 1
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l2 one two
1
172 2
3
0 75 -1 0
0 168 1 3
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l2 three four
1
172 2
3
0 75 -1 0
0 168 2 0
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l2 two three
1
172 2
3
0 75 -1 0
0 168 3 2
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l2 zero one
1
172 2
3
0 75 -1 0
0 168 4 1
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l3 one two
1
172 3
3
0 76 -1 0
0 168 1 3
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l3 three four
1
172 3
3
0 76 -1 0
0 168 2 0
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l3 two three
1
172 3
3
0 76 -1 0
0 168 3 2
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l3 zero one
1
172 3
3
0 76 -1 0
0 168 4 1
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l4 one two
1
172 4
3
0 77 -1 0
0 168 1 3
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l4 three four
1
172 4
3
0 77 -1 0
0 168 2 0
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l4 two three
1
172 4
3
0 77 -1 0
0 168 3 2
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l4 zero one
1
172 4
3
0 77 -1 0
0 168 4 1
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l5 one two
1
172 5
3
0 78 -1 0
0 168 1 3
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l5 three four
1
172 5
3
0 78 -1 0
0 168 2 0
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l5 two three
1
172 5
3
0 78 -1 0
0 168 3 2
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t7 l5 zero one
1
172 5
3
0 78 -1 0
0 168 4 1
0 140 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l0 one two
1
172 0
3
0 79 -1 0
0 168 1 3
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l0 three four
1
172 0
3
0 79 -1 0
0 168 2 0
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l0 two three
1
172 0
3
0 79 -1 0
0 168 3 2
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l0 zero one
1
172 0
3
0 79 -1 0
0 168 4 1
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l1 one two
1
172 1
3
0 80 -1 0
0 168 1 3
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l1 three four
1
172 1
3
0 80 -1 0
0 168 2 0
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l1 two three
1
172 1
3
0 80 -1 0
0 168 3 2
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l1 zero one
1
172 1
3
0 80 -1 0
0 168 4 1
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l2 one two
1
172 2
3
0 81 -1 0
0 168 1 3
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l2 three four
1
172 2
3
0 81 -1 0
0 168 2 0
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l2 two three
1
172 2
3
0 81 -1 0
0 168 3 2
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l2 zero one
1
172 2
3
0 81 -1 0
0 168 4 1
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l3 one two
1
172 3
3
0 82 -1 0
0 168 1 3
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l3 three four
1
172 3
3
0 82 -1 0
0 168 2 0
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l3 two three
1
172 3
3
0 82 -1 0
0 168 3 2
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l3 zero one
1
172 3
3
0 82 -1 0
0 168 4 1
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l4 one two
1
172 4
3
0 83 -1 0
0 168 1 3
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l4 three four
1
172 4
3
0 83 -1 0
0 168 2 0
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l4 two three
1
172 4
3
0 83 -1 0
0 168 3 2
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l4 zero one
1
172 4
3
0 83 -1 0
0 168 4 1
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l5 one two
1
172 5
3
0 84 -1 0
0 168 1 3
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l5 three four
1
172 5
3
0 84 -1 0
0 168 2 0
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l5 two three
1
172 5
3
0 84 -1 0
0 168 3 2
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t8 l5 zero one
1
172 5
3
0 84 -1 0
0 168 4 1
0 144 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l0 one two
1
172 0
3
0 85 -1 0
0 168 1 3
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l0 three four
1
172 0
3
0 85 -1 0
0 168 2 0
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l0 two three
1
172 0
3
0 85 -1 0
0 168 3 2
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l0 zero one
1
172 0
3
0 85 -1 0
0 168 4 1
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l1 one two
1
172 1
3
0 86 -1 0
0 168 1 3
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l1 three four
1
172 1
3
0 86 -1 0
0 168 2 0
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l1 two three
1
172 1
3
0 86 -1 0
0 168 3 2
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l1 zero one
1
172 1
3
0 86 -1 0
0 168 4 1
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l2 one two
1
172 2
3
0 87 -1 0
0 168 1 3
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l2 three four
1
172 2
3
0 87 -1 0
0 168 2 0
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l2 two three
1
172 2
3
0 87 -1 0
0 168 3 2
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l2 zero one
1
172 2
3
0 87 -1 0
0 168 4 1
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l3 one two
1
172 3
3
0 88 -1 0
0 168 1 3
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l3 three four
1
172 3
3
0 88 -1 0
0 168 2 0
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l3 two three
1
172 3
3
0 88 -1 0
0 168 3 2
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l3 zero one
1
172 3
3
0 88 -1 0
0 168 4 1
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l4 one two
1
172 4
3
0 89 -1 0
0 168 1 3
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l4 three four
1
172 4
3
0 89 -1 0
0 168 2 0
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l4 two three
1
172 4
3
0 89 -1 0
0 168 3 2
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l4 zero one
1
172 4
3
0 89 -1 0
0 168 4 1
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l5 one two
1
172 5
3
0 90 -1 0
0 168 1 3
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l5 three four
1
172 5
3
0 90 -1 0
0 168 2 0
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l5 two three
1
172 5
3
0 90 -1 0
0 168 3 2
0 148 0 1
1
end_operator
begin_operator
drop-tank d1 t9 l5 zero one
1
172 5
3
0 90 -1 0
0 168 4 1
0 148 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l0 one two
1
173 0
3
0 1 -1 0
0 169 1 3
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l0 three four
1
173 0
3
0 1 -1 0
0 169 2 0
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l0 two three
1
173 0
3
0 1 -1 0
0 169 3 2
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l0 zero one
1
173 0
3
0 1 -1 0
0 169 4 1
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l1 one two
1
173 1
3
0 2 -1 0
0 169 1 3
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l1 three four
1
173 1
3
0 2 -1 0
0 169 2 0
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l1 two three
1
173 1
3
0 2 -1 0
0 169 3 2
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l1 zero one
1
173 1
3
0 2 -1 0
0 169 4 1
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l2 one two
1
173 2
3
0 3 -1 0
0 169 1 3
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l2 three four
1
173 2
3
0 3 -1 0
0 169 2 0
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l2 two three
1
173 2
3
0 3 -1 0
0 169 3 2
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l2 zero one
1
173 2
3
0 3 -1 0
0 169 4 1
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l3 one two
1
173 3
3
0 4 -1 0
0 169 1 3
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l3 three four
1
173 3
3
0 4 -1 0
0 169 2 0
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l3 two three
1
173 3
3
0 4 -1 0
0 169 3 2
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l3 zero one
1
173 3
3
0 4 -1 0
0 169 4 1
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l4 one two
1
173 4
3
0 5 -1 0
0 169 1 3
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l4 three four
1
173 4
3
0 5 -1 0
0 169 2 0
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l4 two three
1
173 4
3
0 5 -1 0
0 169 3 2
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l4 zero one
1
173 4
3
0 5 -1 0
0 169 4 1
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l5 one two
1
173 5
3
0 6 -1 0
0 169 1 3
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l5 three four
1
173 5
3
0 6 -1 0
0 169 2 0
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l5 two three
1
173 5
3
0 6 -1 0
0 169 3 2
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t0 l5 zero one
1
173 5
3
0 6 -1 0
0 169 4 1
0 93 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l0 one two
1
173 0
3
0 7 -1 0
0 169 1 3
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l0 three four
1
173 0
3
0 7 -1 0
0 169 2 0
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l0 two three
1
173 0
3
0 7 -1 0
0 169 3 2
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l0 zero one
1
173 0
3
0 7 -1 0
0 169 4 1
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l1 one two
1
173 1
3
0 8 -1 0
0 169 1 3
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l1 three four
1
173 1
3
0 8 -1 0
0 169 2 0
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l1 two three
1
173 1
3
0 8 -1 0
0 169 3 2
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l1 zero one
1
173 1
3
0 8 -1 0
0 169 4 1
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l2 one two
1
173 2
3
0 9 -1 0
0 169 1 3
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l2 three four
1
173 2
3
0 9 -1 0
0 169 2 0
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l2 two three
1
173 2
3
0 9 -1 0
0 169 3 2
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l2 zero one
1
173 2
3
0 9 -1 0
0 169 4 1
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l3 one two
1
173 3
3
0 10 -1 0
0 169 1 3
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l3 three four
1
173 3
3
0 10 -1 0
0 169 2 0
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l3 two three
1
173 3
3
0 10 -1 0
0 169 3 2
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l3 zero one
1
173 3
3
0 10 -1 0
0 169 4 1
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l4 one two
1
173 4
3
0 11 -1 0
0 169 1 3
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l4 three four
1
173 4
3
0 11 -1 0
0 169 2 0
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l4 two three
1
173 4
3
0 11 -1 0
0 169 3 2
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l4 zero one
1
173 4
3
0 11 -1 0
0 169 4 1
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l5 one two
1
173 5
3
0 12 -1 0
0 169 1 3
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l5 three four
1
173 5
3
0 12 -1 0
0 169 2 0
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l5 two three
1
173 5
3
0 12 -1 0
0 169 3 2
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t1 l5 zero one
1
173 5
3
0 12 -1 0
0 169 4 1
0 97 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l0 one two
1
173 0
3
0 13 -1 0
0 169 1 3
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l0 three four
1
173 0
3
0 13 -1 0
0 169 2 0
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l0 two three
1
173 0
3
0 13 -1 0
0 169 3 2
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l0 zero one
1
173 0
3
0 13 -1 0
0 169 4 1
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l1 one two
1
173 1
3
0 14 -1 0
0 169 1 3
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l1 three four
1
173 1
3
0 14 -1 0
0 169 2 0
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l1 two three
1
173 1
3
0 14 -1 0
0 169 3 2
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l1 zero one
1
173 1
3
0 14 -1 0
0 169 4 1
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l2 one two
1
173 2
3
0 15 -1 0
0 169 1 3
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l2 three four
1
173 2
3
0 15 -1 0
0 169 2 0
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l2 two three
1
173 2
3
0 15 -1 0
0 169 3 2
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l2 zero one
1
173 2
3
0 15 -1 0
0 169 4 1
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l3 one two
1
173 3
3
0 16 -1 0
0 169 1 3
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l3 three four
1
173 3
3
0 16 -1 0
0 169 2 0
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l3 two three
1
173 3
3
0 16 -1 0
0 169 3 2
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l3 zero one
1
173 3
3
0 16 -1 0
0 169 4 1
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l4 one two
1
173 4
3
0 17 -1 0
0 169 1 3
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l4 three four
1
173 4
3
0 17 -1 0
0 169 2 0
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l4 two three
1
173 4
3
0 17 -1 0
0 169 3 2
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l4 zero one
1
173 4
3
0 17 -1 0
0 169 4 1
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l5 one two
1
173 5
3
0 18 -1 0
0 169 1 3
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l5 three four
1
173 5
3
0 18 -1 0
0 169 2 0
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l5 two three
1
173 5
3
0 18 -1 0
0 169 3 2
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t10 l5 zero one
1
173 5
3
0 18 -1 0
0 169 4 1
0 101 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l0 one two
1
173 0
3
0 19 -1 0
0 169 1 3
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l0 three four
1
173 0
3
0 19 -1 0
0 169 2 0
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l0 two three
1
173 0
3
0 19 -1 0
0 169 3 2
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l0 zero one
1
173 0
3
0 19 -1 0
0 169 4 1
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l1 one two
1
173 1
3
0 20 -1 0
0 169 1 3
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l1 three four
1
173 1
3
0 20 -1 0
0 169 2 0
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l1 two three
1
173 1
3
0 20 -1 0
0 169 3 2
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l1 zero one
1
173 1
3
0 20 -1 0
0 169 4 1
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l2 one two
1
173 2
3
0 21 -1 0
0 169 1 3
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l2 three four
1
173 2
3
0 21 -1 0
0 169 2 0
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l2 two three
1
173 2
3
0 21 -1 0
0 169 3 2
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l2 zero one
1
173 2
3
0 21 -1 0
0 169 4 1
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l3 one two
1
173 3
3
0 22 -1 0
0 169 1 3
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l3 three four
1
173 3
3
0 22 -1 0
0 169 2 0
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l3 two three
1
173 3
3
0 22 -1 0
0 169 3 2
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l3 zero one
1
173 3
3
0 22 -1 0
0 169 4 1
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l4 one two
1
173 4
3
0 23 -1 0
0 169 1 3
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l4 three four
1
173 4
3
0 23 -1 0
0 169 2 0
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l4 two three
1
173 4
3
0 23 -1 0
0 169 3 2
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l4 zero one
1
173 4
3
0 23 -1 0
0 169 4 1
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l5 one two
1
173 5
3
0 24 -1 0
0 169 1 3
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l5 three four
1
173 5
3
0 24 -1 0
0 169 2 0
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l5 two three
1
173 5
3
0 24 -1 0
0 169 3 2
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t11 l5 zero one
1
173 5
3
0 24 -1 0
0 169 4 1
0 105 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l0 one two
1
173 0
3
0 25 -1 0
0 169 1 3
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l0 three four
1
173 0
3
0 25 -1 0
0 169 2 0
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l0 two three
1
173 0
3
0 25 -1 0
0 169 3 2
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l0 zero one
1
173 0
3
0 25 -1 0
0 169 4 1
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l1 one two
1
173 1
3
0 26 -1 0
0 169 1 3
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l1 three four
1
173 1
3
0 26 -1 0
0 169 2 0
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l1 two three
1
173 1
3
0 26 -1 0
0 169 3 2
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l1 zero one
1
173 1
3
0 26 -1 0
0 169 4 1
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l2 one two
1
173 2
3
0 27 -1 0
0 169 1 3
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l2 three four
1
173 2
3
0 27 -1 0
0 169 2 0
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l2 two three
1
173 2
3
0 27 -1 0
0 169 3 2
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l2 zero one
1
173 2
3
0 27 -1 0
0 169 4 1
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l3 one two
1
173 3
3
0 28 -1 0
0 169 1 3
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l3 three four
1
173 3
3
0 28 -1 0
0 169 2 0
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l3 two three
1
173 3
3
0 28 -1 0
0 169 3 2
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l3 zero one
1
173 3
3
0 28 -1 0
0 169 4 1
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l4 one two
1
173 4
3
0 29 -1 0
0 169 1 3
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l4 three four
1
173 4
3
0 29 -1 0
0 169 2 0
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l4 two three
1
173 4
3
0 29 -1 0
0 169 3 2
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l4 zero one
1
173 4
3
0 29 -1 0
0 169 4 1
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l5 one two
1
173 5
3
0 30 -1 0
0 169 1 3
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l5 three four
1
173 5
3
0 30 -1 0
0 169 2 0
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l5 two three
1
173 5
3
0 30 -1 0
0 169 3 2
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t12 l5 zero one
1
173 5
3
0 30 -1 0
0 169 4 1
0 109 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l0 one two
1
173 0
3
0 31 -1 0
0 169 1 3
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l0 three four
1
173 0
3
0 31 -1 0
0 169 2 0
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l0 two three
1
173 0
3
0 31 -1 0
0 169 3 2
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l0 zero one
1
173 0
3
0 31 -1 0
0 169 4 1
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l1 one two
1
173 1
3
0 32 -1 0
0 169 1 3
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l1 three four
1
173 1
3
0 32 -1 0
0 169 2 0
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l1 two three
1
173 1
3
0 32 -1 0
0 169 3 2
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l1 zero one
1
173 1
3
0 32 -1 0
0 169 4 1
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l2 one two
1
173 2
3
0 33 -1 0
0 169 1 3
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l2 three four
1
173 2
3
0 33 -1 0
0 169 2 0
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l2 two three
1
173 2
3
0 33 -1 0
0 169 3 2
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l2 zero one
1
173 2
3
0 33 -1 0
0 169 4 1
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l3 one two
1
173 3
3
0 34 -1 0
0 169 1 3
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l3 three four
1
173 3
3
0 34 -1 0
0 169 2 0
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l3 two three
1
173 3
3
0 34 -1 0
0 169 3 2
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l3 zero one
1
173 3
3
0 34 -1 0
0 169 4 1
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l4 one two
1
173 4
3
0 35 -1 0
0 169 1 3
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l4 three four
1
173 4
3
0 35 -1 0
0 169 2 0
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l4 two three
1
173 4
3
0 35 -1 0
0 169 3 2
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l4 zero one
1
173 4
3
0 35 -1 0
0 169 4 1
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l5 one two
1
173 5
3
0 36 -1 0
0 169 1 3
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l5 three four
1
173 5
3
0 36 -1 0
0 169 2 0
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l5 two three
1
173 5
3
0 36 -1 0
0 169 3 2
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t13 l5 zero one
1
173 5
3
0 36 -1 0
0 169 4 1
0 113 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l0 one two
1
173 0
3
0 37 -1 0
0 169 1 3
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l0 three four
1
173 0
3
0 37 -1 0
0 169 2 0
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l0 two three
1
173 0
3
0 37 -1 0
0 169 3 2
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l0 zero one
1
173 0
3
0 37 -1 0
0 169 4 1
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l1 one two
1
173 1
3
0 38 -1 0
0 169 1 3
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l1 three four
1
173 1
3
0 38 -1 0
0 169 2 0
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l1 two three
1
173 1
3
0 38 -1 0
0 169 3 2
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l1 zero one
1
173 1
3
0 38 -1 0
0 169 4 1
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l2 one two
1
173 2
3
0 39 -1 0
0 169 1 3
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l2 three four
1
173 2
3
0 39 -1 0
0 169 2 0
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l2 two three
1
173 2
3
0 39 -1 0
0 169 3 2
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l2 zero one
1
173 2
3
0 39 -1 0
0 169 4 1
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l3 one two
1
173 3
3
0 40 -1 0
0 169 1 3
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l3 three four
1
173 3
3
0 40 -1 0
0 169 2 0
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l3 two three
1
173 3
3
0 40 -1 0
0 169 3 2
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l3 zero one
1
173 3
3
0 40 -1 0
0 169 4 1
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l4 one two
1
173 4
3
0 41 -1 0
0 169 1 3
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l4 three four
1
173 4
3
0 41 -1 0
0 169 2 0
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l4 two three
1
173 4
3
0 41 -1 0
0 169 3 2
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l4 zero one
1
173 4
3
0 41 -1 0
0 169 4 1
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l5 one two
1
173 5
3
0 42 -1 0
0 169 1 3
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l5 three four
1
173 5
3
0 42 -1 0
0 169 2 0
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l5 two three
1
173 5
3
0 42 -1 0
0 169 3 2
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t14 l5 zero one
1
173 5
3
0 42 -1 0
0 169 4 1
0 117 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l0 one two
1
173 0
3
0 43 -1 0
0 169 1 3
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l0 three four
1
173 0
3
0 43 -1 0
0 169 2 0
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l0 two three
1
173 0
3
0 43 -1 0
0 169 3 2
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l0 zero one
1
173 0
3
0 43 -1 0
0 169 4 1
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l1 one two
1
173 1
3
0 44 -1 0
0 169 1 3
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l1 three four
1
173 1
3
0 44 -1 0
0 169 2 0
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l1 two three
1
173 1
3
0 44 -1 0
0 169 3 2
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l1 zero one
1
173 1
3
0 44 -1 0
0 169 4 1
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l2 one two
1
173 2
3
0 45 -1 0
0 169 1 3
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l2 three four
1
173 2
3
0 45 -1 0
0 169 2 0
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l2 two three
1
173 2
3
0 45 -1 0
0 169 3 2
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l2 zero one
1
173 2
3
0 45 -1 0
0 169 4 1
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l3 one two
1
173 3
3
0 46 -1 0
0 169 1 3
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l3 three four
1
173 3
3
0 46 -1 0
0 169 2 0
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l3 two three
1
173 3
3
0 46 -1 0
0 169 3 2
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l3 zero one
1
173 3
3
0 46 -1 0
0 169 4 1
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l4 one two
1
173 4
3
0 47 -1 0
0 169 1 3
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l4 three four
1
173 4
3
0 47 -1 0
0 169 2 0
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l4 two three
1
173 4
3
0 47 -1 0
0 169 3 2
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l4 zero one
1
173 4
3
0 47 -1 0
0 169 4 1
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l5 one two
1
173 5
3
0 48 -1 0
0 169 1 3
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l5 three four
1
173 5
3
0 48 -1 0
0 169 2 0
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l5 two three
1
173 5
3
0 48 -1 0
0 169 3 2
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t2 l5 zero one
1
173 5
3
0 48 -1 0
0 169 4 1
0 121 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l0 one two
1
173 0
3
0 49 -1 0
0 169 1 3
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l0 three four
1
173 0
3
0 49 -1 0
0 169 2 0
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l0 two three
1
173 0
3
0 49 -1 0
0 169 3 2
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l0 zero one
1
173 0
3
0 49 -1 0
0 169 4 1
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l1 one two
1
173 1
3
0 50 -1 0
0 169 1 3
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l1 three four
1
173 1
3
0 50 -1 0
0 169 2 0
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l1 two three
1
173 1
3
0 50 -1 0
0 169 3 2
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l1 zero one
1
173 1
3
0 50 -1 0
0 169 4 1
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l2 one two
1
173 2
3
0 51 -1 0
0 169 1 3
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l2 three four
1
173 2
3
0 51 -1 0
0 169 2 0
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l2 two three
1
173 2
3
0 51 -1 0
0 169 3 2
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l2 zero one
1
173 2
3
0 51 -1 0
0 169 4 1
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l3 one two
1
173 3
3
0 52 -1 0
0 169 1 3
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l3 three four
1
173 3
3
0 52 -1 0
0 169 2 0
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l3 two three
1
173 3
3
0 52 -1 0
0 169 3 2
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l3 zero one
1
173 3
3
0 52 -1 0
0 169 4 1
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l4 one two
1
173 4
3
0 53 -1 0
0 169 1 3
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l4 three four
1
173 4
3
0 53 -1 0
0 169 2 0
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l4 two three
1
173 4
3
0 53 -1 0
0 169 3 2
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l4 zero one
1
173 4
3
0 53 -1 0
0 169 4 1
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l5 one two
1
173 5
3
0 54 -1 0
0 169 1 3
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l5 three four
1
173 5
3
0 54 -1 0
0 169 2 0
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l5 two three
1
173 5
3
0 54 -1 0
0 169 3 2
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t3 l5 zero one
1
173 5
3
0 54 -1 0
0 169 4 1
0 125 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l0 one two
1
173 0
3
0 55 -1 0
0 169 1 3
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l0 three four
1
173 0
3
0 55 -1 0
0 169 2 0
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l0 two three
1
173 0
3
0 55 -1 0
0 169 3 2
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l0 zero one
1
173 0
3
0 55 -1 0
0 169 4 1
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l1 one two
1
173 1
3
0 56 -1 0
0 169 1 3
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l1 three four
1
173 1
3
0 56 -1 0
0 169 2 0
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l1 two three
1
173 1
3
0 56 -1 0
0 169 3 2
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l1 zero one
1
173 1
3
0 56 -1 0
0 169 4 1
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l2 one two
1
173 2
3
0 57 -1 0
0 169 1 3
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l2 three four
1
173 2
3
0 57 -1 0
0 169 2 0
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l2 two three
1
173 2
3
0 57 -1 0
0 169 3 2
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l2 zero one
1
173 2
3
0 57 -1 0
0 169 4 1
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l3 one two
1
173 3
3
0 58 -1 0
0 169 1 3
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l3 three four
1
173 3
3
0 58 -1 0
0 169 2 0
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l3 two three
1
173 3
3
0 58 -1 0
0 169 3 2
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l3 zero one
1
173 3
3
0 58 -1 0
0 169 4 1
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l4 one two
1
173 4
3
0 59 -1 0
0 169 1 3
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l4 three four
1
173 4
3
0 59 -1 0
0 169 2 0
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l4 two three
1
173 4
3
0 59 -1 0
0 169 3 2
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l4 zero one
1
173 4
3
0 59 -1 0
0 169 4 1
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l5 one two
1
173 5
3
0 60 -1 0
0 169 1 3
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l5 three four
1
173 5
3
0 60 -1 0
0 169 2 0
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l5 two three
1
173 5
3
0 60 -1 0
0 169 3 2
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t4 l5 zero one
1
173 5
3
0 60 -1 0
0 169 4 1
0 129 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l0 one two
1
173 0
3
0 61 -1 0
0 169 1 3
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l0 three four
1
173 0
3
0 61 -1 0
0 169 2 0
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l0 two three
1
173 0
3
0 61 -1 0
0 169 3 2
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l0 zero one
1
173 0
3
0 61 -1 0
0 169 4 1
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l1 one two
1
173 1
3
0 62 -1 0
0 169 1 3
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l1 three four
1
173 1
3
0 62 -1 0
0 169 2 0
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l1 two three
1
173 1
3
0 62 -1 0
0 169 3 2
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l1 zero one
1
173 1
3
0 62 -1 0
0 169 4 1
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l2 one two
1
173 2
3
0 63 -1 0
0 169 1 3
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l2 three four
1
173 2
3
0 63 -1 0
0 169 2 0
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l2 two three
1
173 2
3
0 63 -1 0
0 169 3 2
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l2 zero one
1
173 2
3
0 63 -1 0
0 169 4 1
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l3 one two
1
173 3
3
0 64 -1 0
0 169 1 3
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l3 three four
1
173 3
3
0 64 -1 0
0 169 2 0
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l3 two three
1
173 3
3
0 64 -1 0
0 169 3 2
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l3 zero one
1
173 3
3
0 64 -1 0
0 169 4 1
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l4 one two
1
173 4
3
0 65 -1 0
0 169 1 3
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l4 three four
1
173 4
3
0 65 -1 0
0 169 2 0
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l4 two three
1
173 4
3
0 65 -1 0
0 169 3 2
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l4 zero one
1
173 4
3
0 65 -1 0
0 169 4 1
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l5 one two
1
173 5
3
0 66 -1 0
0 169 1 3
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l5 three four
1
173 5
3
0 66 -1 0
0 169 2 0
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l5 two three
1
173 5
3
0 66 -1 0
0 169 3 2
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t5 l5 zero one
1
173 5
3
0 66 -1 0
0 169 4 1
0 133 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l0 one two
1
173 0
3
0 67 -1 0
0 169 1 3
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l0 three four
1
173 0
3
0 67 -1 0
0 169 2 0
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l0 two three
1
173 0
3
0 67 -1 0
0 169 3 2
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l0 zero one
1
173 0
3
0 67 -1 0
0 169 4 1
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l1 one two
1
173 1
3
0 68 -1 0
0 169 1 3
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l1 three four
1
173 1
3
0 68 -1 0
0 169 2 0
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l1 two three
1
173 1
3
0 68 -1 0
0 169 3 2
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l1 zero one
1
173 1
3
0 68 -1 0
0 169 4 1
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l2 one two
1
173 2
3
0 69 -1 0
0 169 1 3
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l2 three four
1
173 2
3
0 69 -1 0
0 169 2 0
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l2 two three
1
173 2
3
0 69 -1 0
0 169 3 2
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l2 zero one
1
173 2
3
0 69 -1 0
0 169 4 1
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l3 one two
1
173 3
3
0 70 -1 0
0 169 1 3
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l3 three four
1
173 3
3
0 70 -1 0
0 169 2 0
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l3 two three
1
173 3
3
0 70 -1 0
0 169 3 2
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l3 zero one
1
173 3
3
0 70 -1 0
0 169 4 1
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l4 one two
1
173 4
3
0 71 -1 0
0 169 1 3
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l4 three four
1
173 4
3
0 71 -1 0
0 169 2 0
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l4 two three
1
173 4
3
0 71 -1 0
0 169 3 2
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l4 zero one
1
173 4
3
0 71 -1 0
0 169 4 1
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l5 one two
1
173 5
3
0 72 -1 0
0 169 1 3
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l5 three four
1
173 5
3
0 72 -1 0
0 169 2 0
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l5 two three
1
173 5
3
0 72 -1 0
0 169 3 2
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t6 l5 zero one
1
173 5
3
0 72 -1 0
0 169 4 1
0 137 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l0 one two
1
173 0
3
0 73 -1 0
0 169 1 3
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l0 three four
1
173 0
3
0 73 -1 0
0 169 2 0
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l0 two three
1
173 0
3
0 73 -1 0
0 169 3 2
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l0 zero one
1
173 0
3
0 73 -1 0
0 169 4 1
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l1 one two
1
173 1
3
0 74 -1 0
0 169 1 3
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l1 three four
1
173 1
3
0 74 -1 0
0 169 2 0
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l1 two three
1
173 1
3
0 74 -1 0
0 169 3 2
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l1 zero one
1
173 1
3
0 74 -1 0
0 169 4 1
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l2 one two
1
173 2
3
0 75 -1 0
0 169 1 3
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l2 three four
1
173 2
3
0 75 -1 0
0 169 2 0
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l2 two three
1
173 2
3
0 75 -1 0
0 169 3 2
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l2 zero one
1
173 2
3
0 75 -1 0
0 169 4 1
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l3 one two
1
173 3
3
0 76 -1 0
0 169 1 3
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l3 three four
1
173 3
3
0 76 -1 0
0 169 2 0
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l3 two three
1
173 3
3
0 76 -1 0
0 169 3 2
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l3 zero one
1
173 3
3
0 76 -1 0
0 169 4 1
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l4 one two
1
173 4
3
0 77 -1 0
0 169 1 3
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l4 three four
1
173 4
3
0 77 -1 0
0 169 2 0
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l4 two three
1
173 4
3
0 77 -1 0
0 169 3 2
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l4 zero one
1
173 4
3
0 77 -1 0
0 169 4 1
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l5 one two
1
173 5
3
0 78 -1 0
0 169 1 3
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l5 three four
1
173 5
3
0 78 -1 0
0 169 2 0
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l5 two three
1
173 5
3
0 78 -1 0
0 169 3 2
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t7 l5 zero one
1
173 5
3
0 78 -1 0
0 169 4 1
0 141 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l0 one two
1
173 0
3
0 79 -1 0
0 169 1 3
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l0 three four
1
173 0
3
0 79 -1 0
0 169 2 0
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l0 two three
1
173 0
3
0 79 -1 0
0 169 3 2
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l0 zero one
1
173 0
3
0 79 -1 0
0 169 4 1
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l1 one two
1
173 1
3
0 80 -1 0
0 169 1 3
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l1 three four
1
173 1
3
0 80 -1 0
0 169 2 0
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l1 two three
1
173 1
3
0 80 -1 0
0 169 3 2
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l1 zero one
1
173 1
3
0 80 -1 0
0 169 4 1
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l2 one two
1
173 2
3
0 81 -1 0
0 169 1 3
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l2 three four
1
173 2
3
0 81 -1 0
0 169 2 0
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l2 two three
1
173 2
3
0 81 -1 0
0 169 3 2
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l2 zero one
1
173 2
3
0 81 -1 0
0 169 4 1
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l3 one two
1
173 3
3
0 82 -1 0
0 169 1 3
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l3 three four
1
173 3
3
0 82 -1 0
0 169 2 0
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l3 two three
1
173 3
3
0 82 -1 0
0 169 3 2
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l3 zero one
1
173 3
3
0 82 -1 0
0 169 4 1
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l4 one two
1
173 4
3
0 83 -1 0
0 169 1 3
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l4 three four
1
173 4
3
0 83 -1 0
0 169 2 0
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l4 two three
1
173 4
3
0 83 -1 0
0 169 3 2
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l4 zero one
1
173 4
3
0 83 -1 0
0 169 4 1
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l5 one two
1
173 5
3
0 84 -1 0
0 169 1 3
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l5 three four
1
173 5
3
0 84 -1 0
0 169 2 0
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l5 two three
1
173 5
3
0 84 -1 0
0 169 3 2
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t8 l5 zero one
1
173 5
3
0 84 -1 0
0 169 4 1
0 145 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l0 one two
1
173 0
3
0 85 -1 0
0 169 1 3
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l0 three four
1
173 0
3
0 85 -1 0
0 169 2 0
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l0 two three
1
173 0
3
0 85 -1 0
0 169 3 2
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l0 zero one
1
173 0
3
0 85 -1 0
0 169 4 1
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l1 one two
1
173 1
3
0 86 -1 0
0 169 1 3
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l1 three four
1
173 1
3
0 86 -1 0
0 169 2 0
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l1 two three
1
173 1
3
0 86 -1 0
0 169 3 2
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l1 zero one
1
173 1
3
0 86 -1 0
0 169 4 1
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l2 one two
1
173 2
3
0 87 -1 0
0 169 1 3
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l2 three four
1
173 2
3
0 87 -1 0
0 169 2 0
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l2 two three
1
173 2
3
0 87 -1 0
0 169 3 2
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l2 zero one
1
173 2
3
0 87 -1 0
0 169 4 1
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l3 one two
1
173 3
3
0 88 -1 0
0 169 1 3
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l3 three four
1
173 3
3
0 88 -1 0
0 169 2 0
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l3 two three
1
173 3
3
0 88 -1 0
0 169 3 2
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l3 zero one
1
173 3
3
0 88 -1 0
0 169 4 1
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l4 one two
1
173 4
3
0 89 -1 0
0 169 1 3
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l4 three four
1
173 4
3
0 89 -1 0
0 169 2 0
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l4 two three
1
173 4
3
0 89 -1 0
0 169 3 2
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l4 zero one
1
173 4
3
0 89 -1 0
0 169 4 1
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l5 one two
1
173 5
3
0 90 -1 0
0 169 1 3
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l5 three four
1
173 5
3
0 90 -1 0
0 169 2 0
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l5 two three
1
173 5
3
0 90 -1 0
0 169 3 2
0 149 0 1
1
end_operator
begin_operator
drop-tank d2 t9 l5 zero one
1
173 5
3
0 90 -1 0
0 169 4 1
0 149 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l0 one two
1
174 0
3
0 1 -1 0
0 170 1 3
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l0 three four
1
174 0
3
0 1 -1 0
0 170 2 0
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l0 two three
1
174 0
3
0 1 -1 0
0 170 3 2
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l0 zero one
1
174 0
3
0 1 -1 0
0 170 4 1
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l1 one two
1
174 1
3
0 2 -1 0
0 170 1 3
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l1 three four
1
174 1
3
0 2 -1 0
0 170 2 0
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l1 two three
1
174 1
3
0 2 -1 0
0 170 3 2
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l1 zero one
1
174 1
3
0 2 -1 0
0 170 4 1
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l2 one two
1
174 2
3
0 3 -1 0
0 170 1 3
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l2 three four
1
174 2
3
0 3 -1 0
0 170 2 0
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l2 two three
1
174 2
3
0 3 -1 0
0 170 3 2
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l2 zero one
1
174 2
3
0 3 -1 0
0 170 4 1
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l3 one two
1
174 3
3
0 4 -1 0
0 170 1 3
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l3 three four
1
174 3
3
0 4 -1 0
0 170 2 0
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l3 two three
1
174 3
3
0 4 -1 0
0 170 3 2
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l3 zero one
1
174 3
3
0 4 -1 0
0 170 4 1
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l4 one two
1
174 4
3
0 5 -1 0
0 170 1 3
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l4 three four
1
174 4
3
0 5 -1 0
0 170 2 0
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l4 two three
1
174 4
3
0 5 -1 0
0 170 3 2
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l4 zero one
1
174 4
3
0 5 -1 0
0 170 4 1
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l5 one two
1
174 5
3
0 6 -1 0
0 170 1 3
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l5 three four
1
174 5
3
0 6 -1 0
0 170 2 0
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l5 two three
1
174 5
3
0 6 -1 0
0 170 3 2
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t0 l5 zero one
1
174 5
3
0 6 -1 0
0 170 4 1
0 94 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l0 one two
1
174 0
3
0 7 -1 0
0 170 1 3
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l0 three four
1
174 0
3
0 7 -1 0
0 170 2 0
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l0 two three
1
174 0
3
0 7 -1 0
0 170 3 2
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l0 zero one
1
174 0
3
0 7 -1 0
0 170 4 1
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l1 one two
1
174 1
3
0 8 -1 0
0 170 1 3
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l1 three four
1
174 1
3
0 8 -1 0
0 170 2 0
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l1 two three
1
174 1
3
0 8 -1 0
0 170 3 2
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l1 zero one
1
174 1
3
0 8 -1 0
0 170 4 1
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l2 one two
1
174 2
3
0 9 -1 0
0 170 1 3
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l2 three four
1
174 2
3
0 9 -1 0
0 170 2 0
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l2 two three
1
174 2
3
0 9 -1 0
0 170 3 2
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l2 zero one
1
174 2
3
0 9 -1 0
0 170 4 1
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l3 one two
1
174 3
3
0 10 -1 0
0 170 1 3
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l3 three four
1
174 3
3
0 10 -1 0
0 170 2 0
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l3 two three
1
174 3
3
0 10 -1 0
0 170 3 2
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l3 zero one
1
174 3
3
0 10 -1 0
0 170 4 1
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l4 one two
1
174 4
3
0 11 -1 0
0 170 1 3
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l4 three four
1
174 4
3
0 11 -1 0
0 170 2 0
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l4 two three
1
174 4
3
0 11 -1 0
0 170 3 2
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l4 zero one
1
174 4
3
0 11 -1 0
0 170 4 1
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l5 one two
1
174 5
3
0 12 -1 0
0 170 1 3
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l5 three four
1
174 5
3
0 12 -1 0
0 170 2 0
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l5 two three
1
174 5
3
0 12 -1 0
0 170 3 2
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t1 l5 zero one
1
174 5
3
0 12 -1 0
0 170 4 1
0 98 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l0 one two
1
174 0
3
0 13 -1 0
0 170 1 3
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l0 three four
1
174 0
3
0 13 -1 0
0 170 2 0
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l0 two three
1
174 0
3
0 13 -1 0
0 170 3 2
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l0 zero one
1
174 0
3
0 13 -1 0
0 170 4 1
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l1 one two
1
174 1
3
0 14 -1 0
0 170 1 3
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l1 three four
1
174 1
3
0 14 -1 0
0 170 2 0
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l1 two three
1
174 1
3
0 14 -1 0
0 170 3 2
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l1 zero one
1
174 1
3
0 14 -1 0
0 170 4 1
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l2 one two
1
174 2
3
0 15 -1 0
0 170 1 3
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l2 three four
1
174 2
3
0 15 -1 0
0 170 2 0
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l2 two three
1
174 2
3
0 15 -1 0
0 170 3 2
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l2 zero one
1
174 2
3
0 15 -1 0
0 170 4 1
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l3 one two
1
174 3
3
0 16 -1 0
0 170 1 3
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l3 three four
1
174 3
3
0 16 -1 0
0 170 2 0
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l3 two three
1
174 3
3
0 16 -1 0
0 170 3 2
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l3 zero one
1
174 3
3
0 16 -1 0
0 170 4 1
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l4 one two
1
174 4
3
0 17 -1 0
0 170 1 3
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l4 three four
1
174 4
3
0 17 -1 0
0 170 2 0
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l4 two three
1
174 4
3
0 17 -1 0
0 170 3 2
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l4 zero one
1
174 4
3
0 17 -1 0
0 170 4 1
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l5 one two
1
174 5
3
0 18 -1 0
0 170 1 3
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l5 three four
1
174 5
3
0 18 -1 0
0 170 2 0
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l5 two three
1
174 5
3
0 18 -1 0
0 170 3 2
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t10 l5 zero one
1
174 5
3
0 18 -1 0
0 170 4 1
0 102 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l0 one two
1
174 0
3
0 19 -1 0
0 170 1 3
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l0 three four
1
174 0
3
0 19 -1 0
0 170 2 0
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l0 two three
1
174 0
3
0 19 -1 0
0 170 3 2
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l0 zero one
1
174 0
3
0 19 -1 0
0 170 4 1
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l1 one two
1
174 1
3
0 20 -1 0
0 170 1 3
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l1 three four
1
174 1
3
0 20 -1 0
0 170 2 0
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l1 two three
1
174 1
3
0 20 -1 0
0 170 3 2
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l1 zero one
1
174 1
3
0 20 -1 0
0 170 4 1
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l2 one two
1
174 2
3
0 21 -1 0
0 170 1 3
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l2 three four
1
174 2
3
0 21 -1 0
0 170 2 0
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l2 two three
1
174 2
3
0 21 -1 0
0 170 3 2
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l2 zero one
1
174 2
3
0 21 -1 0
0 170 4 1
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l3 one two
1
174 3
3
0 22 -1 0
0 170 1 3
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l3 three four
1
174 3
3
0 22 -1 0
0 170 2 0
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l3 two three
1
174 3
3
0 22 -1 0
0 170 3 2
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l3 zero one
1
174 3
3
0 22 -1 0
0 170 4 1
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l4 one two
1
174 4
3
0 23 -1 0
0 170 1 3
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l4 three four
1
174 4
3
0 23 -1 0
0 170 2 0
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l4 two three
1
174 4
3
0 23 -1 0
0 170 3 2
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l4 zero one
1
174 4
3
0 23 -1 0
0 170 4 1
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l5 one two
1
174 5
3
0 24 -1 0
0 170 1 3
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l5 three four
1
174 5
3
0 24 -1 0
0 170 2 0
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l5 two three
1
174 5
3
0 24 -1 0
0 170 3 2
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t11 l5 zero one
1
174 5
3
0 24 -1 0
0 170 4 1
0 106 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l0 one two
1
174 0
3
0 25 -1 0
0 170 1 3
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l0 three four
1
174 0
3
0 25 -1 0
0 170 2 0
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l0 two three
1
174 0
3
0 25 -1 0
0 170 3 2
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l0 zero one
1
174 0
3
0 25 -1 0
0 170 4 1
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l1 one two
1
174 1
3
0 26 -1 0
0 170 1 3
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l1 three four
1
174 1
3
0 26 -1 0
0 170 2 0
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l1 two three
1
174 1
3
0 26 -1 0
0 170 3 2
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l1 zero one
1
174 1
3
0 26 -1 0
0 170 4 1
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l2 one two
1
174 2
3
0 27 -1 0
0 170 1 3
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l2 three four
1
174 2
3
0 27 -1 0
0 170 2 0
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l2 two three
1
174 2
3
0 27 -1 0
0 170 3 2
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l2 zero one
1
174 2
3
0 27 -1 0
0 170 4 1
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l3 one two
1
174 3
3
0 28 -1 0
0 170 1 3
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l3 three four
1
174 3
3
0 28 -1 0
0 170 2 0
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l3 two three
1
174 3
3
0 28 -1 0
0 170 3 2
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l3 zero one
1
174 3
3
0 28 -1 0
0 170 4 1
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l4 one two
1
174 4
3
0 29 -1 0
0 170 1 3
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l4 three four
1
174 4
3
0 29 -1 0
0 170 2 0
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l4 two three
1
174 4
3
0 29 -1 0
0 170 3 2
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l4 zero one
1
174 4
3
0 29 -1 0
0 170 4 1
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l5 one two
1
174 5
3
0 30 -1 0
0 170 1 3
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l5 three four
1
174 5
3
0 30 -1 0
0 170 2 0
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l5 two three
1
174 5
3
0 30 -1 0
0 170 3 2
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t12 l5 zero one
1
174 5
3
0 30 -1 0
0 170 4 1
0 110 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l0 one two
1
174 0
3
0 31 -1 0
0 170 1 3
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l0 three four
1
174 0
3
0 31 -1 0
0 170 2 0
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l0 two three
1
174 0
3
0 31 -1 0
0 170 3 2
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l0 zero one
1
174 0
3
0 31 -1 0
0 170 4 1
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l1 one two
1
174 1
3
0 32 -1 0
0 170 1 3
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l1 three four
1
174 1
3
0 32 -1 0
0 170 2 0
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l1 two three
1
174 1
3
0 32 -1 0
0 170 3 2
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l1 zero one
1
174 1
3
0 32 -1 0
0 170 4 1
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l2 one two
1
174 2
3
0 33 -1 0
0 170 1 3
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l2 three four
1
174 2
3
0 33 -1 0
0 170 2 0
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l2 two three
1
174 2
3
0 33 -1 0
0 170 3 2
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l2 zero one
1
174 2
3
0 33 -1 0
0 170 4 1
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l3 one two
1
174 3
3
0 34 -1 0
0 170 1 3
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l3 three four
1
174 3
3
0 34 -1 0
0 170 2 0
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l3 two three
1
174 3
3
0 34 -1 0
0 170 3 2
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l3 zero one
1
174 3
3
0 34 -1 0
0 170 4 1
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l4 one two
1
174 4
3
0 35 -1 0
0 170 1 3
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l4 three four
1
174 4
3
0 35 -1 0
0 170 2 0
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l4 two three
1
174 4
3
0 35 -1 0
0 170 3 2
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l4 zero one
1
174 4
3
0 35 -1 0
0 170 4 1
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l5 one two
1
174 5
3
0 36 -1 0
0 170 1 3
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l5 three four
1
174 5
3
0 36 -1 0
0 170 2 0
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l5 two three
1
174 5
3
0 36 -1 0
0 170 3 2
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t13 l5 zero one
1
174 5
3
0 36 -1 0
0 170 4 1
0 114 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l0 one two
1
174 0
3
0 37 -1 0
0 170 1 3
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l0 three four
1
174 0
3
0 37 -1 0
0 170 2 0
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l0 two three
1
174 0
3
0 37 -1 0
0 170 3 2
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l0 zero one
1
174 0
3
0 37 -1 0
0 170 4 1
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l1 one two
1
174 1
3
0 38 -1 0
0 170 1 3
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l1 three four
1
174 1
3
0 38 -1 0
0 170 2 0
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l1 two three
1
174 1
3
0 38 -1 0
0 170 3 2
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l1 zero one
1
174 1
3
0 38 -1 0
0 170 4 1
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l2 one two
1
174 2
3
0 39 -1 0
0 170 1 3
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l2 three four
1
174 2
3
0 39 -1 0
0 170 2 0
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l2 two three
1
174 2
3
0 39 -1 0
0 170 3 2
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l2 zero one
1
174 2
3
0 39 -1 0
0 170 4 1
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l3 one two
1
174 3
3
0 40 -1 0
0 170 1 3
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l3 three four
1
174 3
3
0 40 -1 0
0 170 2 0
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l3 two three
1
174 3
3
0 40 -1 0
0 170 3 2
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l3 zero one
1
174 3
3
0 40 -1 0
0 170 4 1
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l4 one two
1
174 4
3
0 41 -1 0
0 170 1 3
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l4 three four
1
174 4
3
0 41 -1 0
0 170 2 0
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l4 two three
1
174 4
3
0 41 -1 0
0 170 3 2
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l4 zero one
1
174 4
3
0 41 -1 0
0 170 4 1
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l5 one two
1
174 5
3
0 42 -1 0
0 170 1 3
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l5 three four
1
174 5
3
0 42 -1 0
0 170 2 0
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l5 two three
1
174 5
3
0 42 -1 0
0 170 3 2
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t14 l5 zero one
1
174 5
3
0 42 -1 0
0 170 4 1
0 118 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l0 one two
1
174 0
3
0 43 -1 0
0 170 1 3
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l0 three four
1
174 0
3
0 43 -1 0
0 170 2 0
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l0 two three
1
174 0
3
0 43 -1 0
0 170 3 2
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l0 zero one
1
174 0
3
0 43 -1 0
0 170 4 1
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l1 one two
1
174 1
3
0 44 -1 0
0 170 1 3
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l1 three four
1
174 1
3
0 44 -1 0
0 170 2 0
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l1 two three
1
174 1
3
0 44 -1 0
0 170 3 2
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l1 zero one
1
174 1
3
0 44 -1 0
0 170 4 1
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l2 one two
1
174 2
3
0 45 -1 0
0 170 1 3
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l2 three four
1
174 2
3
0 45 -1 0
0 170 2 0
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l2 two three
1
174 2
3
0 45 -1 0
0 170 3 2
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l2 zero one
1
174 2
3
0 45 -1 0
0 170 4 1
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l3 one two
1
174 3
3
0 46 -1 0
0 170 1 3
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l3 three four
1
174 3
3
0 46 -1 0
0 170 2 0
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l3 two three
1
174 3
3
0 46 -1 0
0 170 3 2
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l3 zero one
1
174 3
3
0 46 -1 0
0 170 4 1
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l4 one two
1
174 4
3
0 47 -1 0
0 170 1 3
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l4 three four
1
174 4
3
0 47 -1 0
0 170 2 0
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l4 two three
1
174 4
3
0 47 -1 0
0 170 3 2
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l4 zero one
1
174 4
3
0 47 -1 0
0 170 4 1
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l5 one two
1
174 5
3
0 48 -1 0
0 170 1 3
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l5 three four
1
174 5
3
0 48 -1 0
0 170 2 0
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l5 two three
1
174 5
3
0 48 -1 0
0 170 3 2
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t2 l5 zero one
1
174 5
3
0 48 -1 0
0 170 4 1
0 122 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l0 one two
1
174 0
3
0 49 -1 0
0 170 1 3
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l0 three four
1
174 0
3
0 49 -1 0
0 170 2 0
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l0 two three
1
174 0
3
0 49 -1 0
0 170 3 2
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l0 zero one
1
174 0
3
0 49 -1 0
0 170 4 1
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l1 one two
1
174 1
3
0 50 -1 0
0 170 1 3
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l1 three four
1
174 1
3
0 50 -1 0
0 170 2 0
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l1 two three
1
174 1
3
0 50 -1 0
0 170 3 2
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l1 zero one
1
174 1
3
0 50 -1 0
0 170 4 1
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l2 one two
1
174 2
3
0 51 -1 0
0 170 1 3
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l2 three four
1
174 2
3
0 51 -1 0
0 170 2 0
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l2 two three
1
174 2
3
0 51 -1 0
0 170 3 2
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l2 zero one
1
174 2
3
0 51 -1 0
0 170 4 1
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l3 one two
1
174 3
3
0 52 -1 0
0 170 1 3
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l3 three four
1
174 3
3
0 52 -1 0
0 170 2 0
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l3 two three
1
174 3
3
0 52 -1 0
0 170 3 2
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l3 zero one
1
174 3
3
0 52 -1 0
0 170 4 1
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l4 one two
1
174 4
3
0 53 -1 0
0 170 1 3
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l4 three four
1
174 4
3
0 53 -1 0
0 170 2 0
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l4 two three
1
174 4
3
0 53 -1 0
0 170 3 2
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l4 zero one
1
174 4
3
0 53 -1 0
0 170 4 1
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l5 one two
1
174 5
3
0 54 -1 0
0 170 1 3
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l5 three four
1
174 5
3
0 54 -1 0
0 170 2 0
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l5 two three
1
174 5
3
0 54 -1 0
0 170 3 2
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t3 l5 zero one
1
174 5
3
0 54 -1 0
0 170 4 1
0 126 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l0 one two
1
174 0
3
0 55 -1 0
0 170 1 3
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l0 three four
1
174 0
3
0 55 -1 0
0 170 2 0
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l0 two three
1
174 0
3
0 55 -1 0
0 170 3 2
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l0 zero one
1
174 0
3
0 55 -1 0
0 170 4 1
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l1 one two
1
174 1
3
0 56 -1 0
0 170 1 3
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l1 three four
1
174 1
3
0 56 -1 0
0 170 2 0
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l1 two three
1
174 1
3
0 56 -1 0
0 170 3 2
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l1 zero one
1
174 1
3
0 56 -1 0
0 170 4 1
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l2 one two
1
174 2
3
0 57 -1 0
0 170 1 3
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l2 three four
1
174 2
3
0 57 -1 0
0 170 2 0
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l2 two three
1
174 2
3
0 57 -1 0
0 170 3 2
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l2 zero one
1
174 2
3
0 57 -1 0
0 170 4 1
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l3 one two
1
174 3
3
0 58 -1 0
0 170 1 3
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l3 three four
1
174 3
3
0 58 -1 0
0 170 2 0
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l3 two three
1
174 3
3
0 58 -1 0
0 170 3 2
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l3 zero one
1
174 3
3
0 58 -1 0
0 170 4 1
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l4 one two
1
174 4
3
0 59 -1 0
0 170 1 3
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l4 three four
1
174 4
3
0 59 -1 0
0 170 2 0
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l4 two three
1
174 4
3
0 59 -1 0
0 170 3 2
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l4 zero one
1
174 4
3
0 59 -1 0
0 170 4 1
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l5 one two
1
174 5
3
0 60 -1 0
0 170 1 3
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l5 three four
1
174 5
3
0 60 -1 0
0 170 2 0
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l5 two three
1
174 5
3
0 60 -1 0
0 170 3 2
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t4 l5 zero one
1
174 5
3
0 60 -1 0
0 170 4 1
0 130 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l0 one two
1
174 0
3
0 61 -1 0
0 170 1 3
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l0 three four
1
174 0
3
0 61 -1 0
0 170 2 0
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l0 two three
1
174 0
3
0 61 -1 0
0 170 3 2
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l0 zero one
1
174 0
3
0 61 -1 0
0 170 4 1
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l1 one two
1
174 1
3
0 62 -1 0
0 170 1 3
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l1 three four
1
174 1
3
0 62 -1 0
0 170 2 0
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l1 two three
1
174 1
3
0 62 -1 0
0 170 3 2
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l1 zero one
1
174 1
3
0 62 -1 0
0 170 4 1
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l2 one two
1
174 2
3
0 63 -1 0
0 170 1 3
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l2 three four
1
174 2
3
0 63 -1 0
0 170 2 0
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l2 two three
1
174 2
3
0 63 -1 0
0 170 3 2
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l2 zero one
1
174 2
3
0 63 -1 0
0 170 4 1
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l3 one two
1
174 3
3
0 64 -1 0
0 170 1 3
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l3 three four
1
174 3
3
0 64 -1 0
0 170 2 0
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l3 two three
1
174 3
3
0 64 -1 0
0 170 3 2
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l3 zero one
1
174 3
3
0 64 -1 0
0 170 4 1
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l4 one two
1
174 4
3
0 65 -1 0
0 170 1 3
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l4 three four
1
174 4
3
0 65 -1 0
0 170 2 0
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l4 two three
1
174 4
3
0 65 -1 0
0 170 3 2
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l4 zero one
1
174 4
3
0 65 -1 0
0 170 4 1
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l5 one two
1
174 5
3
0 66 -1 0
0 170 1 3
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l5 three four
1
174 5
3
0 66 -1 0
0 170 2 0
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l5 two three
1
174 5
3
0 66 -1 0
0 170 3 2
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t5 l5 zero one
1
174 5
3
0 66 -1 0
0 170 4 1
0 134 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l0 one two
1
174 0
3
0 67 -1 0
0 170 1 3
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l0 three four
1
174 0
3
0 67 -1 0
0 170 2 0
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l0 two three
1
174 0
3
0 67 -1 0
0 170 3 2
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l0 zero one
1
174 0
3
0 67 -1 0
0 170 4 1
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l1 one two
1
174 1
3
0 68 -1 0
0 170 1 3
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l1 three four
1
174 1
3
0 68 -1 0
0 170 2 0
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l1 two three
1
174 1
3
0 68 -1 0
0 170 3 2
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l1 zero one
1
174 1
3
0 68 -1 0
0 170 4 1
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l2 one two
1
174 2
3
0 69 -1 0
0 170 1 3
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l2 three four
1
174 2
3
0 69 -1 0
0 170 2 0
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l2 two three
1
174 2
3
0 69 -1 0
0 170 3 2
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l2 zero one
1
174 2
3
0 69 -1 0
0 170 4 1
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l3 one two
1
174 3
3
0 70 -1 0
0 170 1 3
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l3 three four
1
174 3
3
0 70 -1 0
0 170 2 0
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l3 two three
1
174 3
3
0 70 -1 0
0 170 3 2
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l3 zero one
1
174 3
3
0 70 -1 0
0 170 4 1
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l4 one two
1
174 4
3
0 71 -1 0
0 170 1 3
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l4 three four
1
174 4
3
0 71 -1 0
0 170 2 0
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l4 two three
1
174 4
3
0 71 -1 0
0 170 3 2
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l4 zero one
1
174 4
3
0 71 -1 0
0 170 4 1
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l5 one two
1
174 5
3
0 72 -1 0
0 170 1 3
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l5 three four
1
174 5
3
0 72 -1 0
0 170 2 0
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l5 two three
1
174 5
3
0 72 -1 0
0 170 3 2
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t6 l5 zero one
1
174 5
3
0 72 -1 0
0 170 4 1
0 138 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l0 one two
1
174 0
3
0 73 -1 0
0 170 1 3
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l0 three four
1
174 0
3
0 73 -1 0
0 170 2 0
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l0 two three
1
174 0
3
0 73 -1 0
0 170 3 2
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l0 zero one
1
174 0
3
0 73 -1 0
0 170 4 1
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l1 one two
1
174 1
3
0 74 -1 0
0 170 1 3
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l1 three four
1
174 1
3
0 74 -1 0
0 170 2 0
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l1 two three
1
174 1
3
0 74 -1 0
0 170 3 2
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l1 zero one
1
174 1
3
0 74 -1 0
0 170 4 1
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l2 one two
1
174 2
3
0 75 -1 0
0 170 1 3
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l2 three four
1
174 2
3
0 75 -1 0
0 170 2 0
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l2 two three
1
174 2
3
0 75 -1 0
0 170 3 2
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l2 zero one
1
174 2
3
0 75 -1 0
0 170 4 1
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l3 one two
1
174 3
3
0 76 -1 0
0 170 1 3
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l3 three four
1
174 3
3
0 76 -1 0
0 170 2 0
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l3 two three
1
174 3
3
0 76 -1 0
0 170 3 2
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l3 zero one
1
174 3
3
0 76 -1 0
0 170 4 1
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l4 one two
1
174 4
3
0 77 -1 0
0 170 1 3
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l4 three four
1
174 4
3
0 77 -1 0
0 170 2 0
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l4 two three
1
174 4
3
0 77 -1 0
0 170 3 2
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l4 zero one
1
174 4
3
0 77 -1 0
0 170 4 1
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l5 one two
1
174 5
3
0 78 -1 0
0 170 1 3
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l5 three four
1
174 5
3
0 78 -1 0
0 170 2 0
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l5 two three
1
174 5
3
0 78 -1 0
0 170 3 2
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t7 l5 zero one
1
174 5
3
0 78 -1 0
0 170 4 1
0 142 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l0 one two
1
174 0
3
0 79 -1 0
0 170 1 3
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l0 three four
1
174 0
3
0 79 -1 0
0 170 2 0
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l0 two three
1
174 0
3
0 79 -1 0
0 170 3 2
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l0 zero one
1
174 0
3
0 79 -1 0
0 170 4 1
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l1 one two
1
174 1
3
0 80 -1 0
0 170 1 3
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l1 three four
1
174 1
3
0 80 -1 0
0 170 2 0
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l1 two three
1
174 1
3
0 80 -1 0
0 170 3 2
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l1 zero one
1
174 1
3
0 80 -1 0
0 170 4 1
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l2 one two
1
174 2
3
0 81 -1 0
0 170 1 3
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l2 three four
1
174 2
3
0 81 -1 0
0 170 2 0
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l2 two three
1
174 2
3
0 81 -1 0
0 170 3 2
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l2 zero one
1
174 2
3
0 81 -1 0
0 170 4 1
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l3 one two
1
174 3
3
0 82 -1 0
0 170 1 3
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l3 three four
1
174 3
3
0 82 -1 0
0 170 2 0
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l3 two three
1
174 3
3
0 82 -1 0
0 170 3 2
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l3 zero one
1
174 3
3
0 82 -1 0
0 170 4 1
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l4 one two
1
174 4
3
0 83 -1 0
0 170 1 3
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l4 three four
1
174 4
3
0 83 -1 0
0 170 2 0
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l4 two three
1
174 4
3
0 83 -1 0
0 170 3 2
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l4 zero one
1
174 4
3
0 83 -1 0
0 170 4 1
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l5 one two
1
174 5
3
0 84 -1 0
0 170 1 3
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l5 three four
1
174 5
3
0 84 -1 0
0 170 2 0
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l5 two three
1
174 5
3
0 84 -1 0
0 170 3 2
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t8 l5 zero one
1
174 5
3
0 84 -1 0
0 170 4 1
0 146 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l0 one two
1
174 0
3
0 85 -1 0
0 170 1 3
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l0 three four
1
174 0
3
0 85 -1 0
0 170 2 0
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l0 two three
1
174 0
3
0 85 -1 0
0 170 3 2
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l0 zero one
1
174 0
3
0 85 -1 0
0 170 4 1
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l1 one two
1
174 1
3
0 86 -1 0
0 170 1 3
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l1 three four
1
174 1
3
0 86 -1 0
0 170 2 0
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l1 two three
1
174 1
3
0 86 -1 0
0 170 3 2
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l1 zero one
1
174 1
3
0 86 -1 0
0 170 4 1
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l2 one two
1
174 2
3
0 87 -1 0
0 170 1 3
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l2 three four
1
174 2
3
0 87 -1 0
0 170 2 0
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l2 two three
1
174 2
3
0 87 -1 0
0 170 3 2
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l2 zero one
1
174 2
3
0 87 -1 0
0 170 4 1
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l3 one two
1
174 3
3
0 88 -1 0
0 170 1 3
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l3 three four
1
174 3
3
0 88 -1 0
0 170 2 0
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l3 two three
1
174 3
3
0 88 -1 0
0 170 3 2
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l3 zero one
1
174 3
3
0 88 -1 0
0 170 4 1
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l4 one two
1
174 4
3
0 89 -1 0
0 170 1 3
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l4 three four
1
174 4
3
0 89 -1 0
0 170 2 0
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l4 two three
1
174 4
3
0 89 -1 0
0 170 3 2
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l4 zero one
1
174 4
3
0 89 -1 0
0 170 4 1
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l5 one two
1
174 5
3
0 90 -1 0
0 170 1 3
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l5 three four
1
174 5
3
0 90 -1 0
0 170 2 0
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l5 two three
1
174 5
3
0 90 -1 0
0 170 3 2
0 150 0 1
1
end_operator
begin_operator
drop-tank d3 t9 l5 zero one
1
174 5
3
0 90 -1 0
0 170 4 1
0 150 0 1
1
end_operator
begin_operator
enter-water d0 l0
0
1
0 171 6 0
1
end_operator
begin_operator
enter-water d1 l0
0
1
0 172 6 0
1
end_operator
begin_operator
enter-water d2 l0
0
1
0 173 6 0
1
end_operator
begin_operator
enter-water d3 l0
0
1
0 174 6 0
1
end_operator
begin_operator
hire-diver d0
0
2
0 171 7 6
0 0 1 0
60
end_operator
begin_operator
hire-diver d1
0
3
0 172 7 6
1 174 7 174 -1 9
0 0 1 0
10
end_operator
begin_operator
hire-diver d2
0
3
0 173 7 6
1 174 7 174 -1 9
0 0 1 0
10
end_operator
begin_operator
hire-diver d3
0
2
0 174 7 6
0 0 1 0
58
end_operator
begin_operator
photograph d0 l0 t0
2
171 0
91 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d0 l0 t1
2
171 0
95 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d0 l0 t10
2
171 0
99 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d0 l0 t11
2
171 0
103 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d0 l0 t12
2
171 0
107 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d0 l0 t13
2
171 0
111 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d0 l0 t14
2
171 0
115 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d0 l0 t2
2
171 0
119 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d0 l0 t3
2
171 0
123 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d0 l0 t4
2
171 0
127 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d0 l0 t5
2
171 0
131 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d0 l0 t6
2
171 0
135 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d0 l0 t7
2
171 0
139 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d0 l0 t8
2
171 0
143 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d0 l0 t9
2
171 0
147 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d0 l1 t0
2
171 1
91 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d0 l1 t1
2
171 1
95 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d0 l1 t10
2
171 1
99 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d0 l1 t11
2
171 1
103 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d0 l1 t12
2
171 1
107 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d0 l1 t13
2
171 1
111 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d0 l1 t14
2
171 1
115 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d0 l1 t2
2
171 1
119 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d0 l1 t3
2
171 1
123 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d0 l1 t4
2
171 1
127 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d0 l1 t5
2
171 1
131 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d0 l1 t6
2
171 1
135 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d0 l1 t7
2
171 1
139 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d0 l1 t8
2
171 1
143 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d0 l1 t9
2
171 1
147 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d0 l2 t0
2
171 2
91 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d0 l2 t1
2
171 2
95 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d0 l2 t10
2
171 2
99 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d0 l2 t11
2
171 2
103 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d0 l2 t12
2
171 2
107 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d0 l2 t13
2
171 2
111 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d0 l2 t14
2
171 2
115 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d0 l2 t2
2
171 2
119 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d0 l2 t3
2
171 2
123 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d0 l2 t4
2
171 2
127 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d0 l2 t5
2
171 2
131 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d0 l2 t6
2
171 2
135 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d0 l2 t7
2
171 2
139 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d0 l2 t8
2
171 2
143 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d0 l2 t9
2
171 2
147 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d0 l3 t0
2
171 3
91 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d0 l3 t1
2
171 3
95 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d0 l3 t10
2
171 3
99 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d0 l3 t11
2
171 3
103 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d0 l3 t12
2
171 3
107 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d0 l3 t13
2
171 3
111 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d0 l3 t14
2
171 3
115 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d0 l3 t2
2
171 3
119 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d0 l3 t3
2
171 3
123 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d0 l3 t4
2
171 3
127 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d0 l3 t5
2
171 3
131 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d0 l3 t6
2
171 3
135 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d0 l3 t7
2
171 3
139 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d0 l3 t8
2
171 3
143 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d0 l3 t9
2
171 3
147 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d0 l4 t0
2
171 4
91 0
2
0 151 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t1
2
171 4
95 0
2
0 152 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t10
2
171 4
99 0
2
0 153 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t11
2
171 4
103 0
2
0 154 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t12
2
171 4
107 0
2
0 155 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t13
2
171 4
111 0
2
0 156 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t14
2
171 4
115 0
2
0 157 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t2
2
171 4
119 0
2
0 158 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t3
2
171 4
123 0
2
0 159 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t4
2
171 4
127 0
2
0 160 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t5
2
171 4
131 0
2
0 161 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t6
2
171 4
135 0
2
0 162 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t7
2
171 4
139 0
2
0 163 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t8
2
171 4
143 0
2
0 164 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l4 t9
2
171 4
147 0
2
0 165 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d0 l5 t0
2
171 5
91 0
2
0 151 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t1
2
171 5
95 0
2
0 152 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t10
2
171 5
99 0
2
0 153 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t11
2
171 5
103 0
2
0 154 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t12
2
171 5
107 0
2
0 155 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t13
2
171 5
111 0
2
0 156 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t14
2
171 5
115 0
2
0 157 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t2
2
171 5
119 0
2
0 158 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t3
2
171 5
123 0
2
0 159 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t4
2
171 5
127 0
2
0 160 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t5
2
171 5
131 0
2
0 161 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t6
2
171 5
135 0
2
0 162 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t7
2
171 5
139 0
2
0 163 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t8
2
171 5
143 0
2
0 164 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d0 l5 t9
2
171 5
147 0
2
0 165 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l0 t0
2
172 0
92 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d1 l0 t1
2
172 0
96 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d1 l0 t10
2
172 0
100 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d1 l0 t11
2
172 0
104 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d1 l0 t12
2
172 0
108 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d1 l0 t13
2
172 0
112 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d1 l0 t14
2
172 0
116 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d1 l0 t2
2
172 0
120 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d1 l0 t3
2
172 0
124 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d1 l0 t4
2
172 0
128 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d1 l0 t5
2
172 0
132 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d1 l0 t6
2
172 0
136 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d1 l0 t7
2
172 0
140 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d1 l0 t8
2
172 0
144 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d1 l0 t9
2
172 0
148 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d1 l1 t0
2
172 1
92 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d1 l1 t1
2
172 1
96 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d1 l1 t10
2
172 1
100 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d1 l1 t11
2
172 1
104 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d1 l1 t12
2
172 1
108 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d1 l1 t13
2
172 1
112 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d1 l1 t14
2
172 1
116 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d1 l1 t2
2
172 1
120 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d1 l1 t3
2
172 1
124 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d1 l1 t4
2
172 1
128 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d1 l1 t5
2
172 1
132 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d1 l1 t6
2
172 1
136 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d1 l1 t7
2
172 1
140 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d1 l1 t8
2
172 1
144 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d1 l1 t9
2
172 1
148 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d1 l2 t0
2
172 2
92 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d1 l2 t1
2
172 2
96 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d1 l2 t10
2
172 2
100 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d1 l2 t11
2
172 2
104 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d1 l2 t12
2
172 2
108 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d1 l2 t13
2
172 2
112 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d1 l2 t14
2
172 2
116 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d1 l2 t2
2
172 2
120 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d1 l2 t3
2
172 2
124 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d1 l2 t4
2
172 2
128 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d1 l2 t5
2
172 2
132 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d1 l2 t6
2
172 2
136 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d1 l2 t7
2
172 2
140 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d1 l2 t8
2
172 2
144 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d1 l2 t9
2
172 2
148 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d1 l3 t0
2
172 3
92 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d1 l3 t1
2
172 3
96 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d1 l3 t10
2
172 3
100 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d1 l3 t11
2
172 3
104 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d1 l3 t12
2
172 3
108 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d1 l3 t13
2
172 3
112 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d1 l3 t14
2
172 3
116 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d1 l3 t2
2
172 3
120 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d1 l3 t3
2
172 3
124 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d1 l3 t4
2
172 3
128 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d1 l3 t5
2
172 3
132 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d1 l3 t6
2
172 3
136 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d1 l3 t7
2
172 3
140 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d1 l3 t8
2
172 3
144 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d1 l3 t9
2
172 3
148 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d1 l4 t0
2
172 4
92 0
2
0 151 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t1
2
172 4
96 0
2
0 152 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t10
2
172 4
100 0
2
0 153 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t11
2
172 4
104 0
2
0 154 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t12
2
172 4
108 0
2
0 155 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t13
2
172 4
112 0
2
0 156 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t14
2
172 4
116 0
2
0 157 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t2
2
172 4
120 0
2
0 158 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t3
2
172 4
124 0
2
0 159 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t4
2
172 4
128 0
2
0 160 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t5
2
172 4
132 0
2
0 161 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t6
2
172 4
136 0
2
0 162 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t7
2
172 4
140 0
2
0 163 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t8
2
172 4
144 0
2
0 164 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l4 t9
2
172 4
148 0
2
0 165 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d1 l5 t0
2
172 5
92 0
2
0 151 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t1
2
172 5
96 0
2
0 152 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t10
2
172 5
100 0
2
0 153 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t11
2
172 5
104 0
2
0 154 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t12
2
172 5
108 0
2
0 155 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t13
2
172 5
112 0
2
0 156 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t14
2
172 5
116 0
2
0 157 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t2
2
172 5
120 0
2
0 158 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t3
2
172 5
124 0
2
0 159 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t4
2
172 5
128 0
2
0 160 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t5
2
172 5
132 0
2
0 161 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t6
2
172 5
136 0
2
0 162 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t7
2
172 5
140 0
2
0 163 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t8
2
172 5
144 0
2
0 164 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d1 l5 t9
2
172 5
148 0
2
0 165 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l0 t0
2
173 0
93 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d2 l0 t1
2
173 0
97 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d2 l0 t10
2
173 0
101 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d2 l0 t11
2
173 0
105 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d2 l0 t12
2
173 0
109 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d2 l0 t13
2
173 0
113 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d2 l0 t14
2
173 0
117 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d2 l0 t2
2
173 0
121 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d2 l0 t3
2
173 0
125 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d2 l0 t4
2
173 0
129 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d2 l0 t5
2
173 0
133 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d2 l0 t6
2
173 0
137 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d2 l0 t7
2
173 0
141 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d2 l0 t8
2
173 0
145 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d2 l0 t9
2
173 0
149 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d2 l1 t0
2
173 1
93 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d2 l1 t1
2
173 1
97 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d2 l1 t10
2
173 1
101 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d2 l1 t11
2
173 1
105 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d2 l1 t12
2
173 1
109 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d2 l1 t13
2
173 1
113 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d2 l1 t14
2
173 1
117 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d2 l1 t2
2
173 1
121 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d2 l1 t3
2
173 1
125 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d2 l1 t4
2
173 1
129 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d2 l1 t5
2
173 1
133 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d2 l1 t6
2
173 1
137 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d2 l1 t7
2
173 1
141 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d2 l1 t8
2
173 1
145 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d2 l1 t9
2
173 1
149 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d2 l2 t0
2
173 2
93 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d2 l2 t1
2
173 2
97 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d2 l2 t10
2
173 2
101 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d2 l2 t11
2
173 2
105 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d2 l2 t12
2
173 2
109 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d2 l2 t13
2
173 2
113 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d2 l2 t14
2
173 2
117 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d2 l2 t2
2
173 2
121 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d2 l2 t3
2
173 2
125 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d2 l2 t4
2
173 2
129 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d2 l2 t5
2
173 2
133 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d2 l2 t6
2
173 2
137 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d2 l2 t7
2
173 2
141 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d2 l2 t8
2
173 2
145 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d2 l2 t9
2
173 2
149 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d2 l3 t0
2
173 3
93 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d2 l3 t1
2
173 3
97 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d2 l3 t10
2
173 3
101 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d2 l3 t11
2
173 3
105 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d2 l3 t12
2
173 3
109 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d2 l3 t13
2
173 3
113 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d2 l3 t14
2
173 3
117 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d2 l3 t2
2
173 3
121 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d2 l3 t3
2
173 3
125 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d2 l3 t4
2
173 3
129 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d2 l3 t5
2
173 3
133 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d2 l3 t6
2
173 3
137 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d2 l3 t7
2
173 3
141 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d2 l3 t8
2
173 3
145 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d2 l3 t9
2
173 3
149 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d2 l4 t0
2
173 4
93 0
2
0 151 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t1
2
173 4
97 0
2
0 152 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t10
2
173 4
101 0
2
0 153 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t11
2
173 4
105 0
2
0 154 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t12
2
173 4
109 0
2
0 155 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t13
2
173 4
113 0
2
0 156 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t14
2
173 4
117 0
2
0 157 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t2
2
173 4
121 0
2
0 158 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t3
2
173 4
125 0
2
0 159 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t4
2
173 4
129 0
2
0 160 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t5
2
173 4
133 0
2
0 161 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t6
2
173 4
137 0
2
0 162 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t7
2
173 4
141 0
2
0 163 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t8
2
173 4
145 0
2
0 164 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l4 t9
2
173 4
149 0
2
0 165 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d2 l5 t0
2
173 5
93 0
2
0 151 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t1
2
173 5
97 0
2
0 152 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t10
2
173 5
101 0
2
0 153 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t11
2
173 5
105 0
2
0 154 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t12
2
173 5
109 0
2
0 155 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t13
2
173 5
113 0
2
0 156 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t14
2
173 5
117 0
2
0 157 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t2
2
173 5
121 0
2
0 158 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t3
2
173 5
125 0
2
0 159 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t4
2
173 5
129 0
2
0 160 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t5
2
173 5
133 0
2
0 161 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t6
2
173 5
137 0
2
0 162 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t7
2
173 5
141 0
2
0 163 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t8
2
173 5
145 0
2
0 164 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d2 l5 t9
2
173 5
149 0
2
0 165 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l0 t0
2
174 0
94 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d3 l0 t1
2
174 0
98 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d3 l0 t10
2
174 0
102 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d3 l0 t11
2
174 0
106 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d3 l0 t12
2
174 0
110 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d3 l0 t13
2
174 0
114 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d3 l0 t14
2
174 0
118 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d3 l0 t2
2
174 0
122 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d3 l0 t3
2
174 0
126 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d3 l0 t4
2
174 0
130 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d3 l0 t5
2
174 0
134 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d3 l0 t6
2
174 0
138 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d3 l0 t7
2
174 0
142 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d3 l0 t8
2
174 0
146 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d3 l0 t9
2
174 0
150 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d3 l1 t0
2
174 1
94 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d3 l1 t1
2
174 1
98 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d3 l1 t10
2
174 1
102 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d3 l1 t11
2
174 1
106 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d3 l1 t12
2
174 1
110 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d3 l1 t13
2
174 1
114 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d3 l1 t14
2
174 1
118 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d3 l1 t2
2
174 1
122 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d3 l1 t3
2
174 1
126 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d3 l1 t4
2
174 1
130 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d3 l1 t5
2
174 1
134 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d3 l1 t6
2
174 1
138 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d3 l1 t7
2
174 1
142 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d3 l1 t8
2
174 1
146 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d3 l1 t9
2
174 1
150 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d3 l2 t0
2
174 2
94 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d3 l2 t1
2
174 2
98 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d3 l2 t10
2
174 2
102 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d3 l2 t11
2
174 2
106 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d3 l2 t12
2
174 2
110 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d3 l2 t13
2
174 2
114 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d3 l2 t14
2
174 2
118 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d3 l2 t2
2
174 2
122 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d3 l2 t3
2
174 2
126 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d3 l2 t4
2
174 2
130 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d3 l2 t5
2
174 2
134 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d3 l2 t6
2
174 2
138 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d3 l2 t7
2
174 2
142 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d3 l2 t8
2
174 2
146 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d3 l2 t9
2
174 2
150 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d3 l3 t0
2
174 3
94 0
1
0 151 0 1
1
end_operator
begin_operator
photograph d3 l3 t1
2
174 3
98 0
1
0 152 0 1
1
end_operator
begin_operator
photograph d3 l3 t10
2
174 3
102 0
1
0 153 0 1
1
end_operator
begin_operator
photograph d3 l3 t11
2
174 3
106 0
1
0 154 0 1
1
end_operator
begin_operator
photograph d3 l3 t12
2
174 3
110 0
1
0 155 0 1
1
end_operator
begin_operator
photograph d3 l3 t13
2
174 3
114 0
1
0 156 0 1
1
end_operator
begin_operator
photograph d3 l3 t14
2
174 3
118 0
1
0 157 0 1
1
end_operator
begin_operator
photograph d3 l3 t2
2
174 3
122 0
1
0 158 0 1
1
end_operator
begin_operator
photograph d3 l3 t3
2
174 3
126 0
1
0 159 0 1
1
end_operator
begin_operator
photograph d3 l3 t4
2
174 3
130 0
1
0 160 0 1
1
end_operator
begin_operator
photograph d3 l3 t5
2
174 3
134 0
1
0 161 0 1
1
end_operator
begin_operator
photograph d3 l3 t6
2
174 3
138 0
1
0 162 0 1
1
end_operator
begin_operator
photograph d3 l3 t7
2
174 3
142 0
1
0 163 0 1
1
end_operator
begin_operator
photograph d3 l3 t8
2
174 3
146 0
1
0 164 0 1
1
end_operator
begin_operator
photograph d3 l3 t9
2
174 3
150 0
1
0 165 0 1
1
end_operator
begin_operator
photograph d3 l4 t0
2
174 4
94 0
2
0 151 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t1
2
174 4
98 0
2
0 152 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t10
2
174 4
102 0
2
0 153 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t11
2
174 4
106 0
2
0 154 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t12
2
174 4
110 0
2
0 155 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t13
2
174 4
114 0
2
0 156 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t14
2
174 4
118 0
2
0 157 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t2
2
174 4
122 0
2
0 158 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t3
2
174 4
126 0
2
0 159 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t4
2
174 4
130 0
2
0 160 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t5
2
174 4
134 0
2
0 161 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t6
2
174 4
138 0
2
0 162 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t7
2
174 4
142 0
2
0 163 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t8
2
174 4
146 0
2
0 164 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l4 t9
2
174 4
150 0
2
0 165 0 1
0 176 -1 0
1
end_operator
begin_operator
photograph d3 l5 t0
2
174 5
94 0
2
0 151 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t1
2
174 5
98 0
2
0 152 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t10
2
174 5
102 0
2
0 153 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t11
2
174 5
106 0
2
0 154 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t12
2
174 5
110 0
2
0 155 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t13
2
174 5
114 0
2
0 156 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t14
2
174 5
118 0
2
0 157 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t2
2
174 5
122 0
2
0 158 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t3
2
174 5
126 0
2
0 159 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t4
2
174 5
130 0
2
0 160 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t5
2
174 5
134 0
2
0 161 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t6
2
174 5
138 0
2
0 162 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t7
2
174 5
142 0
2
0 163 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t8
2
174 5
146 0
2
0 164 0 1
0 175 -1 0
1
end_operator
begin_operator
photograph d3 l5 t9
2
174 5
150 0
2
0 165 0 1
0 175 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l0 one two
1
171 0
3
0 1 0 1
0 167 3 1
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l0 three four
1
171 0
3
0 1 0 1
0 167 0 2
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l0 two three
1
171 0
3
0 1 0 1
0 167 2 3
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l0 zero one
1
171 0
3
0 1 0 1
0 167 1 4
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l1 one two
1
171 1
3
0 2 0 1
0 167 3 1
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l1 three four
1
171 1
3
0 2 0 1
0 167 0 2
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l1 two three
1
171 1
3
0 2 0 1
0 167 2 3
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l1 zero one
1
171 1
3
0 2 0 1
0 167 1 4
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l2 one two
1
171 2
3
0 3 0 1
0 167 3 1
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l2 three four
1
171 2
3
0 3 0 1
0 167 0 2
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l2 two three
1
171 2
3
0 3 0 1
0 167 2 3
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l2 zero one
1
171 2
3
0 3 0 1
0 167 1 4
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l3 one two
1
171 3
3
0 4 0 1
0 167 3 1
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l3 three four
1
171 3
3
0 4 0 1
0 167 0 2
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l3 two three
1
171 3
3
0 4 0 1
0 167 2 3
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l3 zero one
1
171 3
3
0 4 0 1
0 167 1 4
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l4 one two
1
171 4
3
0 5 0 1
0 167 3 1
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l4 three four
1
171 4
3
0 5 0 1
0 167 0 2
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l4 two three
1
171 4
3
0 5 0 1
0 167 2 3
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l4 zero one
1
171 4
3
0 5 0 1
0 167 1 4
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l5 one two
1
171 5
3
0 6 0 1
0 167 3 1
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l5 three four
1
171 5
3
0 6 0 1
0 167 0 2
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l5 two three
1
171 5
3
0 6 0 1
0 167 2 3
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t0 l5 zero one
1
171 5
3
0 6 0 1
0 167 1 4
0 91 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l0 one two
1
171 0
3
0 7 0 1
0 167 3 1
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l0 three four
1
171 0
3
0 7 0 1
0 167 0 2
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l0 two three
1
171 0
3
0 7 0 1
0 167 2 3
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l0 zero one
1
171 0
3
0 7 0 1
0 167 1 4
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l1 one two
1
171 1
3
0 8 0 1
0 167 3 1
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l1 three four
1
171 1
3
0 8 0 1
0 167 0 2
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l1 two three
1
171 1
3
0 8 0 1
0 167 2 3
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l1 zero one
1
171 1
3
0 8 0 1
0 167 1 4
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l2 one two
1
171 2
3
0 9 0 1
0 167 3 1
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l2 three four
1
171 2
3
0 9 0 1
0 167 0 2
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l2 two three
1
171 2
3
0 9 0 1
0 167 2 3
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l2 zero one
1
171 2
3
0 9 0 1
0 167 1 4
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l3 one two
1
171 3
3
0 10 0 1
0 167 3 1
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l3 three four
1
171 3
3
0 10 0 1
0 167 0 2
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l3 two three
1
171 3
3
0 10 0 1
0 167 2 3
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l3 zero one
1
171 3
3
0 10 0 1
0 167 1 4
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l4 one two
1
171 4
3
0 11 0 1
0 167 3 1
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l4 three four
1
171 4
3
0 11 0 1
0 167 0 2
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l4 two three
1
171 4
3
0 11 0 1
0 167 2 3
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l4 zero one
1
171 4
3
0 11 0 1
0 167 1 4
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l5 one two
1
171 5
3
0 12 0 1
0 167 3 1
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l5 three four
1
171 5
3
0 12 0 1
0 167 0 2
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l5 two three
1
171 5
3
0 12 0 1
0 167 2 3
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t1 l5 zero one
1
171 5
3
0 12 0 1
0 167 1 4
0 95 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l0 one two
1
171 0
3
0 13 0 1
0 167 3 1
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l0 three four
1
171 0
3
0 13 0 1
0 167 0 2
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l0 two three
1
171 0
3
0 13 0 1
0 167 2 3
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l0 zero one
1
171 0
3
0 13 0 1
0 167 1 4
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l1 one two
1
171 1
3
0 14 0 1
0 167 3 1
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l1 three four
1
171 1
3
0 14 0 1
0 167 0 2
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l1 two three
1
171 1
3
0 14 0 1
0 167 2 3
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l1 zero one
1
171 1
3
0 14 0 1
0 167 1 4
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l2 one two
1
171 2
3
0 15 0 1
0 167 3 1
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l2 three four
1
171 2
3
0 15 0 1
0 167 0 2
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l2 two three
1
171 2
3
0 15 0 1
0 167 2 3
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l2 zero one
1
171 2
3
0 15 0 1
0 167 1 4
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l3 one two
1
171 3
3
0 16 0 1
0 167 3 1
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l3 three four
1
171 3
3
0 16 0 1
0 167 0 2
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l3 two three
1
171 3
3
0 16 0 1
0 167 2 3
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l3 zero one
1
171 3
3
0 16 0 1
0 167 1 4
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l4 one two
1
171 4
3
0 17 0 1
0 167 3 1
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l4 three four
1
171 4
3
0 17 0 1
0 167 0 2
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l4 two three
1
171 4
3
0 17 0 1
0 167 2 3
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l4 zero one
1
171 4
3
0 17 0 1
0 167 1 4
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l5 one two
1
171 5
3
0 18 0 1
0 167 3 1
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l5 three four
1
171 5
3
0 18 0 1
0 167 0 2
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l5 two three
1
171 5
3
0 18 0 1
0 167 2 3
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t10 l5 zero one
1
171 5
3
0 18 0 1
0 167 1 4
0 99 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l0 one two
1
171 0
3
0 19 0 1
0 167 3 1
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l0 three four
1
171 0
3
0 19 0 1
0 167 0 2
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l0 two three
1
171 0
3
0 19 0 1
0 167 2 3
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l0 zero one
1
171 0
3
0 19 0 1
0 167 1 4
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l1 one two
1
171 1
3
0 20 0 1
0 167 3 1
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l1 three four
1
171 1
3
0 20 0 1
0 167 0 2
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l1 two three
1
171 1
3
0 20 0 1
0 167 2 3
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l1 zero one
1
171 1
3
0 20 0 1
0 167 1 4
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l2 one two
1
171 2
3
0 21 0 1
0 167 3 1
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l2 three four
1
171 2
3
0 21 0 1
0 167 0 2
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l2 two three
1
171 2
3
0 21 0 1
0 167 2 3
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l2 zero one
1
171 2
3
0 21 0 1
0 167 1 4
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l3 one two
1
171 3
3
0 22 0 1
0 167 3 1
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l3 three four
1
171 3
3
0 22 0 1
0 167 0 2
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l3 two three
1
171 3
3
0 22 0 1
0 167 2 3
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l3 zero one
1
171 3
3
0 22 0 1
0 167 1 4
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l4 one two
1
171 4
3
0 23 0 1
0 167 3 1
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l4 three four
1
171 4
3
0 23 0 1
0 167 0 2
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l4 two three
1
171 4
3
0 23 0 1
0 167 2 3
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l4 zero one
1
171 4
3
0 23 0 1
0 167 1 4
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l5 one two
1
171 5
3
0 24 0 1
0 167 3 1
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l5 three four
1
171 5
3
0 24 0 1
0 167 0 2
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l5 two three
1
171 5
3
0 24 0 1
0 167 2 3
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t11 l5 zero one
1
171 5
3
0 24 0 1
0 167 1 4
0 103 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l0 one two
1
171 0
3
0 25 0 1
0 167 3 1
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l0 three four
1
171 0
3
0 25 0 1
0 167 0 2
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l0 two three
1
171 0
3
0 25 0 1
0 167 2 3
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l0 zero one
1
171 0
3
0 25 0 1
0 167 1 4
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l1 one two
1
171 1
3
0 26 0 1
0 167 3 1
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l1 three four
1
171 1
3
0 26 0 1
0 167 0 2
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l1 two three
1
171 1
3
0 26 0 1
0 167 2 3
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l1 zero one
1
171 1
3
0 26 0 1
0 167 1 4
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l2 one two
1
171 2
3
0 27 0 1
0 167 3 1
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l2 three four
1
171 2
3
0 27 0 1
0 167 0 2
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l2 two three
1
171 2
3
0 27 0 1
0 167 2 3
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l2 zero one
1
171 2
3
0 27 0 1
0 167 1 4
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l3 one two
1
171 3
3
0 28 0 1
0 167 3 1
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l3 three four
1
171 3
3
0 28 0 1
0 167 0 2
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l3 two three
1
171 3
3
0 28 0 1
0 167 2 3
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l3 zero one
1
171 3
3
0 28 0 1
0 167 1 4
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l4 one two
1
171 4
3
0 29 0 1
0 167 3 1
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l4 three four
1
171 4
3
0 29 0 1
0 167 0 2
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l4 two three
1
171 4
3
0 29 0 1
0 167 2 3
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l4 zero one
1
171 4
3
0 29 0 1
0 167 1 4
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l5 one two
1
171 5
3
0 30 0 1
0 167 3 1
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l5 three four
1
171 5
3
0 30 0 1
0 167 0 2
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l5 two three
1
171 5
3
0 30 0 1
0 167 2 3
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t12 l5 zero one
1
171 5
3
0 30 0 1
0 167 1 4
0 107 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l0 one two
1
171 0
3
0 31 0 1
0 167 3 1
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l0 three four
1
171 0
3
0 31 0 1
0 167 0 2
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l0 two three
1
171 0
3
0 31 0 1
0 167 2 3
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l0 zero one
1
171 0
3
0 31 0 1
0 167 1 4
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l1 one two
1
171 1
3
0 32 0 1
0 167 3 1
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l1 three four
1
171 1
3
0 32 0 1
0 167 0 2
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l1 two three
1
171 1
3
0 32 0 1
0 167 2 3
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l1 zero one
1
171 1
3
0 32 0 1
0 167 1 4
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l2 one two
1
171 2
3
0 33 0 1
0 167 3 1
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l2 three four
1
171 2
3
0 33 0 1
0 167 0 2
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l2 two three
1
171 2
3
0 33 0 1
0 167 2 3
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l2 zero one
1
171 2
3
0 33 0 1
0 167 1 4
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l3 one two
1
171 3
3
0 34 0 1
0 167 3 1
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l3 three four
1
171 3
3
0 34 0 1
0 167 0 2
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l3 two three
1
171 3
3
0 34 0 1
0 167 2 3
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l3 zero one
1
171 3
3
0 34 0 1
0 167 1 4
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l4 one two
1
171 4
3
0 35 0 1
0 167 3 1
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l4 three four
1
171 4
3
0 35 0 1
0 167 0 2
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l4 two three
1
171 4
3
0 35 0 1
0 167 2 3
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l4 zero one
1
171 4
3
0 35 0 1
0 167 1 4
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l5 one two
1
171 5
3
0 36 0 1
0 167 3 1
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l5 three four
1
171 5
3
0 36 0 1
0 167 0 2
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l5 two three
1
171 5
3
0 36 0 1
0 167 2 3
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t13 l5 zero one
1
171 5
3
0 36 0 1
0 167 1 4
0 111 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l0 one two
1
171 0
3
0 37 0 1
0 167 3 1
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l0 three four
1
171 0
3
0 37 0 1
0 167 0 2
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l0 two three
1
171 0
3
0 37 0 1
0 167 2 3
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l0 zero one
1
171 0
3
0 37 0 1
0 167 1 4
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l1 one two
1
171 1
3
0 38 0 1
0 167 3 1
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l1 three four
1
171 1
3
0 38 0 1
0 167 0 2
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l1 two three
1
171 1
3
0 38 0 1
0 167 2 3
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l1 zero one
1
171 1
3
0 38 0 1
0 167 1 4
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l2 one two
1
171 2
3
0 39 0 1
0 167 3 1
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l2 three four
1
171 2
3
0 39 0 1
0 167 0 2
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l2 two three
1
171 2
3
0 39 0 1
0 167 2 3
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l2 zero one
1
171 2
3
0 39 0 1
0 167 1 4
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l3 one two
1
171 3
3
0 40 0 1
0 167 3 1
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l3 three four
1
171 3
3
0 40 0 1
0 167 0 2
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l3 two three
1
171 3
3
0 40 0 1
0 167 2 3
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l3 zero one
1
171 3
3
0 40 0 1
0 167 1 4
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l4 one two
1
171 4
3
0 41 0 1
0 167 3 1
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l4 three four
1
171 4
3
0 41 0 1
0 167 0 2
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l4 two three
1
171 4
3
0 41 0 1
0 167 2 3
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l4 zero one
1
171 4
3
0 41 0 1
0 167 1 4
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l5 one two
1
171 5
3
0 42 0 1
0 167 3 1
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l5 three four
1
171 5
3
0 42 0 1
0 167 0 2
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l5 two three
1
171 5
3
0 42 0 1
0 167 2 3
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t14 l5 zero one
1
171 5
3
0 42 0 1
0 167 1 4
0 115 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l0 one two
1
171 0
3
0 43 0 1
0 167 3 1
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l0 three four
1
171 0
3
0 43 0 1
0 167 0 2
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l0 two three
1
171 0
3
0 43 0 1
0 167 2 3
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l0 zero one
1
171 0
3
0 43 0 1
0 167 1 4
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l1 one two
1
171 1
3
0 44 0 1
0 167 3 1
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l1 three four
1
171 1
3
0 44 0 1
0 167 0 2
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l1 two three
1
171 1
3
0 44 0 1
0 167 2 3
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l1 zero one
1
171 1
3
0 44 0 1
0 167 1 4
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l2 one two
1
171 2
3
0 45 0 1
0 167 3 1
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l2 three four
1
171 2
3
0 45 0 1
0 167 0 2
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l2 two three
1
171 2
3
0 45 0 1
0 167 2 3
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l2 zero one
1
171 2
3
0 45 0 1
0 167 1 4
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l3 one two
1
171 3
3
0 46 0 1
0 167 3 1
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l3 three four
1
171 3
3
0 46 0 1
0 167 0 2
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l3 two three
1
171 3
3
0 46 0 1
0 167 2 3
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l3 zero one
1
171 3
3
0 46 0 1
0 167 1 4
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l4 one two
1
171 4
3
0 47 0 1
0 167 3 1
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l4 three four
1
171 4
3
0 47 0 1
0 167 0 2
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l4 two three
1
171 4
3
0 47 0 1
0 167 2 3
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l4 zero one
1
171 4
3
0 47 0 1
0 167 1 4
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l5 one two
1
171 5
3
0 48 0 1
0 167 3 1
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l5 three four
1
171 5
3
0 48 0 1
0 167 0 2
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l5 two three
1
171 5
3
0 48 0 1
0 167 2 3
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t2 l5 zero one
1
171 5
3
0 48 0 1
0 167 1 4
0 119 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l0 one two
1
171 0
3
0 49 0 1
0 167 3 1
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l0 three four
1
171 0
3
0 49 0 1
0 167 0 2
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l0 two three
1
171 0
3
0 49 0 1
0 167 2 3
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l0 zero one
1
171 0
3
0 49 0 1
0 167 1 4
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l1 one two
1
171 1
3
0 50 0 1
0 167 3 1
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l1 three four
1
171 1
3
0 50 0 1
0 167 0 2
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l1 two three
1
171 1
3
0 50 0 1
0 167 2 3
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l1 zero one
1
171 1
3
0 50 0 1
0 167 1 4
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l2 one two
1
171 2
3
0 51 0 1
0 167 3 1
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l2 three four
1
171 2
3
0 51 0 1
0 167 0 2
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l2 two three
1
171 2
3
0 51 0 1
0 167 2 3
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l2 zero one
1
171 2
3
0 51 0 1
0 167 1 4
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l3 one two
1
171 3
3
0 52 0 1
0 167 3 1
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l3 three four
1
171 3
3
0 52 0 1
0 167 0 2
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l3 two three
1
171 3
3
0 52 0 1
0 167 2 3
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l3 zero one
1
171 3
3
0 52 0 1
0 167 1 4
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l4 one two
1
171 4
3
0 53 0 1
0 167 3 1
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l4 three four
1
171 4
3
0 53 0 1
0 167 0 2
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l4 two three
1
171 4
3
0 53 0 1
0 167 2 3
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l4 zero one
1
171 4
3
0 53 0 1
0 167 1 4
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l5 one two
1
171 5
3
0 54 0 1
0 167 3 1
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l5 three four
1
171 5
3
0 54 0 1
0 167 0 2
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l5 two three
1
171 5
3
0 54 0 1
0 167 2 3
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t3 l5 zero one
1
171 5
3
0 54 0 1
0 167 1 4
0 123 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l0 one two
1
171 0
3
0 55 0 1
0 167 3 1
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l0 three four
1
171 0
3
0 55 0 1
0 167 0 2
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l0 two three
1
171 0
3
0 55 0 1
0 167 2 3
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l0 zero one
1
171 0
3
0 55 0 1
0 167 1 4
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l1 one two
1
171 1
3
0 56 0 1
0 167 3 1
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l1 three four
1
171 1
3
0 56 0 1
0 167 0 2
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l1 two three
1
171 1
3
0 56 0 1
0 167 2 3
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l1 zero one
1
171 1
3
0 56 0 1
0 167 1 4
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l2 one two
1
171 2
3
0 57 0 1
0 167 3 1
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l2 three four
1
171 2
3
0 57 0 1
0 167 0 2
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l2 two three
1
171 2
3
0 57 0 1
0 167 2 3
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l2 zero one
1
171 2
3
0 57 0 1
0 167 1 4
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l3 one two
1
171 3
3
0 58 0 1
0 167 3 1
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l3 three four
1
171 3
3
0 58 0 1
0 167 0 2
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l3 two three
1
171 3
3
0 58 0 1
0 167 2 3
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l3 zero one
1
171 3
3
0 58 0 1
0 167 1 4
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l4 one two
1
171 4
3
0 59 0 1
0 167 3 1
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l4 three four
1
171 4
3
0 59 0 1
0 167 0 2
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l4 two three
1
171 4
3
0 59 0 1
0 167 2 3
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l4 zero one
1
171 4
3
0 59 0 1
0 167 1 4
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l5 one two
1
171 5
3
0 60 0 1
0 167 3 1
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l5 three four
1
171 5
3
0 60 0 1
0 167 0 2
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l5 two three
1
171 5
3
0 60 0 1
0 167 2 3
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t4 l5 zero one
1
171 5
3
0 60 0 1
0 167 1 4
0 127 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l0 one two
1
171 0
3
0 61 0 1
0 167 3 1
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l0 three four
1
171 0
3
0 61 0 1
0 167 0 2
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l0 two three
1
171 0
3
0 61 0 1
0 167 2 3
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l0 zero one
1
171 0
3
0 61 0 1
0 167 1 4
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l1 one two
1
171 1
3
0 62 0 1
0 167 3 1
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l1 three four
1
171 1
3
0 62 0 1
0 167 0 2
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l1 two three
1
171 1
3
0 62 0 1
0 167 2 3
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l1 zero one
1
171 1
3
0 62 0 1
0 167 1 4
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l2 one two
1
171 2
3
0 63 0 1
0 167 3 1
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l2 three four
1
171 2
3
0 63 0 1
0 167 0 2
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l2 two three
1
171 2
3
0 63 0 1
0 167 2 3
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l2 zero one
1
171 2
3
0 63 0 1
0 167 1 4
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l3 one two
1
171 3
3
0 64 0 1
0 167 3 1
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l3 three four
1
171 3
3
0 64 0 1
0 167 0 2
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l3 two three
1
171 3
3
0 64 0 1
0 167 2 3
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l3 zero one
1
171 3
3
0 64 0 1
0 167 1 4
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l4 one two
1
171 4
3
0 65 0 1
0 167 3 1
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l4 three four
1
171 4
3
0 65 0 1
0 167 0 2
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l4 two three
1
171 4
3
0 65 0 1
0 167 2 3
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l4 zero one
1
171 4
3
0 65 0 1
0 167 1 4
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l5 one two
1
171 5
3
0 66 0 1
0 167 3 1
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l5 three four
1
171 5
3
0 66 0 1
0 167 0 2
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l5 two three
1
171 5
3
0 66 0 1
0 167 2 3
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t5 l5 zero one
1
171 5
3
0 66 0 1
0 167 1 4
0 131 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l0 one two
1
171 0
3
0 67 0 1
0 167 3 1
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l0 three four
1
171 0
3
0 67 0 1
0 167 0 2
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l0 two three
1
171 0
3
0 67 0 1
0 167 2 3
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l0 zero one
1
171 0
3
0 67 0 1
0 167 1 4
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l1 one two
1
171 1
3
0 68 0 1
0 167 3 1
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l1 three four
1
171 1
3
0 68 0 1
0 167 0 2
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l1 two three
1
171 1
3
0 68 0 1
0 167 2 3
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l1 zero one
1
171 1
3
0 68 0 1
0 167 1 4
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l2 one two
1
171 2
3
0 69 0 1
0 167 3 1
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l2 three four
1
171 2
3
0 69 0 1
0 167 0 2
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l2 two three
1
171 2
3
0 69 0 1
0 167 2 3
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l2 zero one
1
171 2
3
0 69 0 1
0 167 1 4
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l3 one two
1
171 3
3
0 70 0 1
0 167 3 1
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l3 three four
1
171 3
3
0 70 0 1
0 167 0 2
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l3 two three
1
171 3
3
0 70 0 1
0 167 2 3
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l3 zero one
1
171 3
3
0 70 0 1
0 167 1 4
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l4 one two
1
171 4
3
0 71 0 1
0 167 3 1
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l4 three four
1
171 4
3
0 71 0 1
0 167 0 2
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l4 two three
1
171 4
3
0 71 0 1
0 167 2 3
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l4 zero one
1
171 4
3
0 71 0 1
0 167 1 4
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l5 one two
1
171 5
3
0 72 0 1
0 167 3 1
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l5 three four
1
171 5
3
0 72 0 1
0 167 0 2
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l5 two three
1
171 5
3
0 72 0 1
0 167 2 3
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t6 l5 zero one
1
171 5
3
0 72 0 1
0 167 1 4
0 135 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l0 one two
1
171 0
3
0 73 0 1
0 167 3 1
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l0 three four
1
171 0
3
0 73 0 1
0 167 0 2
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l0 two three
1
171 0
3
0 73 0 1
0 167 2 3
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l0 zero one
1
171 0
3
0 73 0 1
0 167 1 4
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l1 one two
1
171 1
3
0 74 0 1
0 167 3 1
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l1 three four
1
171 1
3
0 74 0 1
0 167 0 2
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l1 two three
1
171 1
3
0 74 0 1
0 167 2 3
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l1 zero one
1
171 1
3
0 74 0 1
0 167 1 4
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l2 one two
1
171 2
3
0 75 0 1
0 167 3 1
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l2 three four
1
171 2
3
0 75 0 1
0 167 0 2
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l2 two three
1
171 2
3
0 75 0 1
0 167 2 3
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l2 zero one
1
171 2
3
0 75 0 1
0 167 1 4
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l3 one two
1
171 3
3
0 76 0 1
0 167 3 1
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l3 three four
1
171 3
3
0 76 0 1
0 167 0 2
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l3 two three
1
171 3
3
0 76 0 1
0 167 2 3
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l3 zero one
1
171 3
3
0 76 0 1
0 167 1 4
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l4 one two
1
171 4
3
0 77 0 1
0 167 3 1
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l4 three four
1
171 4
3
0 77 0 1
0 167 0 2
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l4 two three
1
171 4
3
0 77 0 1
0 167 2 3
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l4 zero one
1
171 4
3
0 77 0 1
0 167 1 4
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l5 one two
1
171 5
3
0 78 0 1
0 167 3 1
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l5 three four
1
171 5
3
0 78 0 1
0 167 0 2
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l5 two three
1
171 5
3
0 78 0 1
0 167 2 3
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t7 l5 zero one
1
171 5
3
0 78 0 1
0 167 1 4
0 139 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l0 one two
1
171 0
3
0 79 0 1
0 167 3 1
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l0 three four
1
171 0
3
0 79 0 1
0 167 0 2
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l0 two three
1
171 0
3
0 79 0 1
0 167 2 3
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l0 zero one
1
171 0
3
0 79 0 1
0 167 1 4
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l1 one two
1
171 1
3
0 80 0 1
0 167 3 1
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l1 three four
1
171 1
3
0 80 0 1
0 167 0 2
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l1 two three
1
171 1
3
0 80 0 1
0 167 2 3
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l1 zero one
1
171 1
3
0 80 0 1
0 167 1 4
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l2 one two
1
171 2
3
0 81 0 1
0 167 3 1
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l2 three four
1
171 2
3
0 81 0 1
0 167 0 2
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l2 two three
1
171 2
3
0 81 0 1
0 167 2 3
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l2 zero one
1
171 2
3
0 81 0 1
0 167 1 4
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l3 one two
1
171 3
3
0 82 0 1
0 167 3 1
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l3 three four
1
171 3
3
0 82 0 1
0 167 0 2
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l3 two three
1
171 3
3
0 82 0 1
0 167 2 3
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l3 zero one
1
171 3
3
0 82 0 1
0 167 1 4
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l4 one two
1
171 4
3
0 83 0 1
0 167 3 1
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l4 three four
1
171 4
3
0 83 0 1
0 167 0 2
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l4 two three
1
171 4
3
0 83 0 1
0 167 2 3
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l4 zero one
1
171 4
3
0 83 0 1
0 167 1 4
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l5 one two
1
171 5
3
0 84 0 1
0 167 3 1
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l5 three four
1
171 5
3
0 84 0 1
0 167 0 2
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l5 two three
1
171 5
3
0 84 0 1
0 167 2 3
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t8 l5 zero one
1
171 5
3
0 84 0 1
0 167 1 4
0 143 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l0 one two
1
171 0
3
0 85 0 1
0 167 3 1
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l0 three four
1
171 0
3
0 85 0 1
0 167 0 2
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l0 two three
1
171 0
3
0 85 0 1
0 167 2 3
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l0 zero one
1
171 0
3
0 85 0 1
0 167 1 4
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l1 one two
1
171 1
3
0 86 0 1
0 167 3 1
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l1 three four
1
171 1
3
0 86 0 1
0 167 0 2
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l1 two three
1
171 1
3
0 86 0 1
0 167 2 3
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l1 zero one
1
171 1
3
0 86 0 1
0 167 1 4
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l2 one two
1
171 2
3
0 87 0 1
0 167 3 1
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l2 three four
1
171 2
3
0 87 0 1
0 167 0 2
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l2 two three
1
171 2
3
0 87 0 1
0 167 2 3
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l2 zero one
1
171 2
3
0 87 0 1
0 167 1 4
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l3 one two
1
171 3
3
0 88 0 1
0 167 3 1
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l3 three four
1
171 3
3
0 88 0 1
0 167 0 2
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l3 two three
1
171 3
3
0 88 0 1
0 167 2 3
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l3 zero one
1
171 3
3
0 88 0 1
0 167 1 4
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l4 one two
1
171 4
3
0 89 0 1
0 167 3 1
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l4 three four
1
171 4
3
0 89 0 1
0 167 0 2
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l4 two three
1
171 4
3
0 89 0 1
0 167 2 3
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l4 zero one
1
171 4
3
0 89 0 1
0 167 1 4
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l5 one two
1
171 5
3
0 90 0 1
0 167 3 1
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l5 three four
1
171 5
3
0 90 0 1
0 167 0 2
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l5 two three
1
171 5
3
0 90 0 1
0 167 2 3
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d0 t9 l5 zero one
1
171 5
3
0 90 0 1
0 167 1 4
0 147 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l0 one two
1
172 0
3
0 1 0 1
0 168 3 1
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l0 three four
1
172 0
3
0 1 0 1
0 168 0 2
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l0 two three
1
172 0
3
0 1 0 1
0 168 2 3
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l0 zero one
1
172 0
3
0 1 0 1
0 168 1 4
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l1 one two
1
172 1
3
0 2 0 1
0 168 3 1
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l1 three four
1
172 1
3
0 2 0 1
0 168 0 2
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l1 two three
1
172 1
3
0 2 0 1
0 168 2 3
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l1 zero one
1
172 1
3
0 2 0 1
0 168 1 4
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l2 one two
1
172 2
3
0 3 0 1
0 168 3 1
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l2 three four
1
172 2
3
0 3 0 1
0 168 0 2
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l2 two three
1
172 2
3
0 3 0 1
0 168 2 3
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l2 zero one
1
172 2
3
0 3 0 1
0 168 1 4
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l3 one two
1
172 3
3
0 4 0 1
0 168 3 1
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l3 three four
1
172 3
3
0 4 0 1
0 168 0 2
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l3 two three
1
172 3
3
0 4 0 1
0 168 2 3
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l3 zero one
1
172 3
3
0 4 0 1
0 168 1 4
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l4 one two
1
172 4
3
0 5 0 1
0 168 3 1
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l4 three four
1
172 4
3
0 5 0 1
0 168 0 2
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l4 two three
1
172 4
3
0 5 0 1
0 168 2 3
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l4 zero one
1
172 4
3
0 5 0 1
0 168 1 4
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l5 one two
1
172 5
3
0 6 0 1
0 168 3 1
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l5 three four
1
172 5
3
0 6 0 1
0 168 0 2
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l5 two three
1
172 5
3
0 6 0 1
0 168 2 3
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t0 l5 zero one
1
172 5
3
0 6 0 1
0 168 1 4
0 92 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l0 one two
1
172 0
3
0 7 0 1
0 168 3 1
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l0 three four
1
172 0
3
0 7 0 1
0 168 0 2
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l0 two three
1
172 0
3
0 7 0 1
0 168 2 3
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l0 zero one
1
172 0
3
0 7 0 1
0 168 1 4
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l1 one two
1
172 1
3
0 8 0 1
0 168 3 1
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l1 three four
1
172 1
3
0 8 0 1
0 168 0 2
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l1 two three
1
172 1
3
0 8 0 1
0 168 2 3
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l1 zero one
1
172 1
3
0 8 0 1
0 168 1 4
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l2 one two
1
172 2
3
0 9 0 1
0 168 3 1
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l2 three four
1
172 2
3
0 9 0 1
0 168 0 2
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l2 two three
1
172 2
3
0 9 0 1
0 168 2 3
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l2 zero one
1
172 2
3
0 9 0 1
0 168 1 4
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l3 one two
1
172 3
3
0 10 0 1
0 168 3 1
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l3 three four
1
172 3
3
0 10 0 1
0 168 0 2
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l3 two three
1
172 3
3
0 10 0 1
0 168 2 3
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l3 zero one
1
172 3
3
0 10 0 1
0 168 1 4
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l4 one two
1
172 4
3
0 11 0 1
0 168 3 1
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l4 three four
1
172 4
3
0 11 0 1
0 168 0 2
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l4 two three
1
172 4
3
0 11 0 1
0 168 2 3
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l4 zero one
1
172 4
3
0 11 0 1
0 168 1 4
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l5 one two
1
172 5
3
0 12 0 1
0 168 3 1
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l5 three four
1
172 5
3
0 12 0 1
0 168 0 2
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l5 two three
1
172 5
3
0 12 0 1
0 168 2 3
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t1 l5 zero one
1
172 5
3
0 12 0 1
0 168 1 4
0 96 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l0 one two
1
172 0
3
0 13 0 1
0 168 3 1
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l0 three four
1
172 0
3
0 13 0 1
0 168 0 2
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l0 two three
1
172 0
3
0 13 0 1
0 168 2 3
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l0 zero one
1
172 0
3
0 13 0 1
0 168 1 4
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l1 one two
1
172 1
3
0 14 0 1
0 168 3 1
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l1 three four
1
172 1
3
0 14 0 1
0 168 0 2
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l1 two three
1
172 1
3
0 14 0 1
0 168 2 3
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l1 zero one
1
172 1
3
0 14 0 1
0 168 1 4
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l2 one two
1
172 2
3
0 15 0 1
0 168 3 1
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l2 three four
1
172 2
3
0 15 0 1
0 168 0 2
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l2 two three
1
172 2
3
0 15 0 1
0 168 2 3
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l2 zero one
1
172 2
3
0 15 0 1
0 168 1 4
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l3 one two
1
172 3
3
0 16 0 1
0 168 3 1
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l3 three four
1
172 3
3
0 16 0 1
0 168 0 2
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l3 two three
1
172 3
3
0 16 0 1
0 168 2 3
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l3 zero one
1
172 3
3
0 16 0 1
0 168 1 4
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l4 one two
1
172 4
3
0 17 0 1
0 168 3 1
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l4 three four
1
172 4
3
0 17 0 1
0 168 0 2
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l4 two three
1
172 4
3
0 17 0 1
0 168 2 3
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l4 zero one
1
172 4
3
0 17 0 1
0 168 1 4
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l5 one two
1
172 5
3
0 18 0 1
0 168 3 1
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l5 three four
1
172 5
3
0 18 0 1
0 168 0 2
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l5 two three
1
172 5
3
0 18 0 1
0 168 2 3
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t10 l5 zero one
1
172 5
3
0 18 0 1
0 168 1 4
0 100 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l0 one two
1
172 0
3
0 19 0 1
0 168 3 1
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l0 three four
1
172 0
3
0 19 0 1
0 168 0 2
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l0 two three
1
172 0
3
0 19 0 1
0 168 2 3
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l0 zero one
1
172 0
3
0 19 0 1
0 168 1 4
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l1 one two
1
172 1
3
0 20 0 1
0 168 3 1
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l1 three four
1
172 1
3
0 20 0 1
0 168 0 2
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l1 two three
1
172 1
3
0 20 0 1
0 168 2 3
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l1 zero one
1
172 1
3
0 20 0 1
0 168 1 4
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l2 one two
1
172 2
3
0 21 0 1
0 168 3 1
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l2 three four
1
172 2
3
0 21 0 1
0 168 0 2
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l2 two three
1
172 2
3
0 21 0 1
0 168 2 3
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l2 zero one
1
172 2
3
0 21 0 1
0 168 1 4
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l3 one two
1
172 3
3
0 22 0 1
0 168 3 1
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l3 three four
1
172 3
3
0 22 0 1
0 168 0 2
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l3 two three
1
172 3
3
0 22 0 1
0 168 2 3
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l3 zero one
1
172 3
3
0 22 0 1
0 168 1 4
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l4 one two
1
172 4
3
0 23 0 1
0 168 3 1
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l4 three four
1
172 4
3
0 23 0 1
0 168 0 2
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l4 two three
1
172 4
3
0 23 0 1
0 168 2 3
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l4 zero one
1
172 4
3
0 23 0 1
0 168 1 4
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l5 one two
1
172 5
3
0 24 0 1
0 168 3 1
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l5 three four
1
172 5
3
0 24 0 1
0 168 0 2
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l5 two three
1
172 5
3
0 24 0 1
0 168 2 3
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t11 l5 zero one
1
172 5
3
0 24 0 1
0 168 1 4
0 104 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l0 one two
1
172 0
3
0 25 0 1
0 168 3 1
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l0 three four
1
172 0
3
0 25 0 1
0 168 0 2
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l0 two three
1
172 0
3
0 25 0 1
0 168 2 3
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l0 zero one
1
172 0
3
0 25 0 1
0 168 1 4
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l1 one two
1
172 1
3
0 26 0 1
0 168 3 1
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l1 three four
1
172 1
3
0 26 0 1
0 168 0 2
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l1 two three
1
172 1
3
0 26 0 1
0 168 2 3
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l1 zero one
1
172 1
3
0 26 0 1
0 168 1 4
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l2 one two
1
172 2
3
0 27 0 1
0 168 3 1
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l2 three four
1
172 2
3
0 27 0 1
0 168 0 2
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l2 two three
1
172 2
3
0 27 0 1
0 168 2 3
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l2 zero one
1
172 2
3
0 27 0 1
0 168 1 4
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l3 one two
1
172 3
3
0 28 0 1
0 168 3 1
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l3 three four
1
172 3
3
0 28 0 1
0 168 0 2
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l3 two three
1
172 3
3
0 28 0 1
0 168 2 3
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l3 zero one
1
172 3
3
0 28 0 1
0 168 1 4
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l4 one two
1
172 4
3
0 29 0 1
0 168 3 1
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l4 three four
1
172 4
3
0 29 0 1
0 168 0 2
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l4 two three
1
172 4
3
0 29 0 1
0 168 2 3
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l4 zero one
1
172 4
3
0 29 0 1
0 168 1 4
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l5 one two
1
172 5
3
0 30 0 1
0 168 3 1
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l5 three four
1
172 5
3
0 30 0 1
0 168 0 2
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l5 two three
1
172 5
3
0 30 0 1
0 168 2 3
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t12 l5 zero one
1
172 5
3
0 30 0 1
0 168 1 4
0 108 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l0 one two
1
172 0
3
0 31 0 1
0 168 3 1
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l0 three four
1
172 0
3
0 31 0 1
0 168 0 2
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l0 two three
1
172 0
3
0 31 0 1
0 168 2 3
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l0 zero one
1
172 0
3
0 31 0 1
0 168 1 4
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l1 one two
1
172 1
3
0 32 0 1
0 168 3 1
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l1 three four
1
172 1
3
0 32 0 1
0 168 0 2
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l1 two three
1
172 1
3
0 32 0 1
0 168 2 3
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l1 zero one
1
172 1
3
0 32 0 1
0 168 1 4
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l2 one two
1
172 2
3
0 33 0 1
0 168 3 1
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l2 three four
1
172 2
3
0 33 0 1
0 168 0 2
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l2 two three
1
172 2
3
0 33 0 1
0 168 2 3
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l2 zero one
1
172 2
3
0 33 0 1
0 168 1 4
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l3 one two
1
172 3
3
0 34 0 1
0 168 3 1
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l3 three four
1
172 3
3
0 34 0 1
0 168 0 2
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l3 two three
1
172 3
3
0 34 0 1
0 168 2 3
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l3 zero one
1
172 3
3
0 34 0 1
0 168 1 4
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l4 one two
1
172 4
3
0 35 0 1
0 168 3 1
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l4 three four
1
172 4
3
0 35 0 1
0 168 0 2
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l4 two three
1
172 4
3
0 35 0 1
0 168 2 3
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l4 zero one
1
172 4
3
0 35 0 1
0 168 1 4
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l5 one two
1
172 5
3
0 36 0 1
0 168 3 1
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l5 three four
1
172 5
3
0 36 0 1
0 168 0 2
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l5 two three
1
172 5
3
0 36 0 1
0 168 2 3
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t13 l5 zero one
1
172 5
3
0 36 0 1
0 168 1 4
0 112 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l0 one two
1
172 0
3
0 37 0 1
0 168 3 1
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l0 three four
1
172 0
3
0 37 0 1
0 168 0 2
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l0 two three
1
172 0
3
0 37 0 1
0 168 2 3
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l0 zero one
1
172 0
3
0 37 0 1
0 168 1 4
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l1 one two
1
172 1
3
0 38 0 1
0 168 3 1
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l1 three four
1
172 1
3
0 38 0 1
0 168 0 2
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l1 two three
1
172 1
3
0 38 0 1
0 168 2 3
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l1 zero one
1
172 1
3
0 38 0 1
0 168 1 4
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l2 one two
1
172 2
3
0 39 0 1
0 168 3 1
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l2 three four
1
172 2
3
0 39 0 1
0 168 0 2
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l2 two three
1
172 2
3
0 39 0 1
0 168 2 3
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l2 zero one
1
172 2
3
0 39 0 1
0 168 1 4
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l3 one two
1
172 3
3
0 40 0 1
0 168 3 1
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l3 three four
1
172 3
3
0 40 0 1
0 168 0 2
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l3 two three
1
172 3
3
0 40 0 1
0 168 2 3
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l3 zero one
1
172 3
3
0 40 0 1
0 168 1 4
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l4 one two
1
172 4
3
0 41 0 1
0 168 3 1
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l4 three four
1
172 4
3
0 41 0 1
0 168 0 2
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l4 two three
1
172 4
3
0 41 0 1
0 168 2 3
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l4 zero one
1
172 4
3
0 41 0 1
0 168 1 4
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l5 one two
1
172 5
3
0 42 0 1
0 168 3 1
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l5 three four
1
172 5
3
0 42 0 1
0 168 0 2
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l5 two three
1
172 5
3
0 42 0 1
0 168 2 3
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t14 l5 zero one
1
172 5
3
0 42 0 1
0 168 1 4
0 116 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l0 one two
1
172 0
3
0 43 0 1
0 168 3 1
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l0 three four
1
172 0
3
0 43 0 1
0 168 0 2
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l0 two three
1
172 0
3
0 43 0 1
0 168 2 3
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l0 zero one
1
172 0
3
0 43 0 1
0 168 1 4
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l1 one two
1
172 1
3
0 44 0 1
0 168 3 1
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l1 three four
1
172 1
3
0 44 0 1
0 168 0 2
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l1 two three
1
172 1
3
0 44 0 1
0 168 2 3
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l1 zero one
1
172 1
3
0 44 0 1
0 168 1 4
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l2 one two
1
172 2
3
0 45 0 1
0 168 3 1
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l2 three four
1
172 2
3
0 45 0 1
0 168 0 2
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l2 two three
1
172 2
3
0 45 0 1
0 168 2 3
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l2 zero one
1
172 2
3
0 45 0 1
0 168 1 4
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l3 one two
1
172 3
3
0 46 0 1
0 168 3 1
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l3 three four
1
172 3
3
0 46 0 1
0 168 0 2
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l3 two three
1
172 3
3
0 46 0 1
0 168 2 3
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l3 zero one
1
172 3
3
0 46 0 1
0 168 1 4
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l4 one two
1
172 4
3
0 47 0 1
0 168 3 1
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l4 three four
1
172 4
3
0 47 0 1
0 168 0 2
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l4 two three
1
172 4
3
0 47 0 1
0 168 2 3
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l4 zero one
1
172 4
3
0 47 0 1
0 168 1 4
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l5 one two
1
172 5
3
0 48 0 1
0 168 3 1
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l5 three four
1
172 5
3
0 48 0 1
0 168 0 2
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l5 two three
1
172 5
3
0 48 0 1
0 168 2 3
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t2 l5 zero one
1
172 5
3
0 48 0 1
0 168 1 4
0 120 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l0 one two
1
172 0
3
0 49 0 1
0 168 3 1
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l0 three four
1
172 0
3
0 49 0 1
0 168 0 2
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l0 two three
1
172 0
3
0 49 0 1
0 168 2 3
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l0 zero one
1
172 0
3
0 49 0 1
0 168 1 4
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l1 one two
1
172 1
3
0 50 0 1
0 168 3 1
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l1 three four
1
172 1
3
0 50 0 1
0 168 0 2
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l1 two three
1
172 1
3
0 50 0 1
0 168 2 3
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l1 zero one
1
172 1
3
0 50 0 1
0 168 1 4
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l2 one two
1
172 2
3
0 51 0 1
0 168 3 1
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l2 three four
1
172 2
3
0 51 0 1
0 168 0 2
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l2 two three
1
172 2
3
0 51 0 1
0 168 2 3
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l2 zero one
1
172 2
3
0 51 0 1
0 168 1 4
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l3 one two
1
172 3
3
0 52 0 1
0 168 3 1
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l3 three four
1
172 3
3
0 52 0 1
0 168 0 2
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l3 two three
1
172 3
3
0 52 0 1
0 168 2 3
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l3 zero one
1
172 3
3
0 52 0 1
0 168 1 4
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l4 one two
1
172 4
3
0 53 0 1
0 168 3 1
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l4 three four
1
172 4
3
0 53 0 1
0 168 0 2
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l4 two three
1
172 4
3
0 53 0 1
0 168 2 3
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l4 zero one
1
172 4
3
0 53 0 1
0 168 1 4
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l5 one two
1
172 5
3
0 54 0 1
0 168 3 1
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l5 three four
1
172 5
3
0 54 0 1
0 168 0 2
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l5 two three
1
172 5
3
0 54 0 1
0 168 2 3
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t3 l5 zero one
1
172 5
3
0 54 0 1
0 168 1 4
0 124 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l0 one two
1
172 0
3
0 55 0 1
0 168 3 1
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l0 three four
1
172 0
3
0 55 0 1
0 168 0 2
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l0 two three
1
172 0
3
0 55 0 1
0 168 2 3
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l0 zero one
1
172 0
3
0 55 0 1
0 168 1 4
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l1 one two
1
172 1
3
0 56 0 1
0 168 3 1
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l1 three four
1
172 1
3
0 56 0 1
0 168 0 2
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l1 two three
1
172 1
3
0 56 0 1
0 168 2 3
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l1 zero one
1
172 1
3
0 56 0 1
0 168 1 4
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l2 one two
1
172 2
3
0 57 0 1
0 168 3 1
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l2 three four
1
172 2
3
0 57 0 1
0 168 0 2
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l2 two three
1
172 2
3
0 57 0 1
0 168 2 3
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l2 zero one
1
172 2
3
0 57 0 1
0 168 1 4
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l3 one two
1
172 3
3
0 58 0 1
0 168 3 1
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l3 three four
1
172 3
3
0 58 0 1
0 168 0 2
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l3 two three
1
172 3
3
0 58 0 1
0 168 2 3
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l3 zero one
1
172 3
3
0 58 0 1
0 168 1 4
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l4 one two
1
172 4
3
0 59 0 1
0 168 3 1
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l4 three four
1
172 4
3
0 59 0 1
0 168 0 2
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l4 two three
1
172 4
3
0 59 0 1
0 168 2 3
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l4 zero one
1
172 4
3
0 59 0 1
0 168 1 4
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l5 one two
1
172 5
3
0 60 0 1
0 168 3 1
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l5 three four
1
172 5
3
0 60 0 1
0 168 0 2
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l5 two three
1
172 5
3
0 60 0 1
0 168 2 3
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t4 l5 zero one
1
172 5
3
0 60 0 1
0 168 1 4
0 128 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l0 one two
1
172 0
3
0 61 0 1
0 168 3 1
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l0 three four
1
172 0
3
0 61 0 1
0 168 0 2
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l0 two three
1
172 0
3
0 61 0 1
0 168 2 3
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l0 zero one
1
172 0
3
0 61 0 1
0 168 1 4
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l1 one two
1
172 1
3
0 62 0 1
0 168 3 1
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l1 three four
1
172 1
3
0 62 0 1
0 168 0 2
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l1 two three
1
172 1
3
0 62 0 1
0 168 2 3
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l1 zero one
1
172 1
3
0 62 0 1
0 168 1 4
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l2 one two
1
172 2
3
0 63 0 1
0 168 3 1
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l2 three four
1
172 2
3
0 63 0 1
0 168 0 2
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l2 two three
1
172 2
3
0 63 0 1
0 168 2 3
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l2 zero one
1
172 2
3
0 63 0 1
0 168 1 4
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l3 one two
1
172 3
3
0 64 0 1
0 168 3 1
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l3 three four
1
172 3
3
0 64 0 1
0 168 0 2
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l3 two three
1
172 3
3
0 64 0 1
0 168 2 3
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l3 zero one
1
172 3
3
0 64 0 1
0 168 1 4
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l4 one two
1
172 4
3
0 65 0 1
0 168 3 1
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l4 three four
1
172 4
3
0 65 0 1
0 168 0 2
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l4 two three
1
172 4
3
0 65 0 1
0 168 2 3
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l4 zero one
1
172 4
3
0 65 0 1
0 168 1 4
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l5 one two
1
172 5
3
0 66 0 1
0 168 3 1
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l5 three four
1
172 5
3
0 66 0 1
0 168 0 2
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l5 two three
1
172 5
3
0 66 0 1
0 168 2 3
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t5 l5 zero one
1
172 5
3
0 66 0 1
0 168 1 4
0 132 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l0 one two
1
172 0
3
0 67 0 1
0 168 3 1
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l0 three four
1
172 0
3
0 67 0 1
0 168 0 2
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l0 two three
1
172 0
3
0 67 0 1
0 168 2 3
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l0 zero one
1
172 0
3
0 67 0 1
0 168 1 4
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l1 one two
1
172 1
3
0 68 0 1
0 168 3 1
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l1 three four
1
172 1
3
0 68 0 1
0 168 0 2
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l1 two three
1
172 1
3
0 68 0 1
0 168 2 3
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l1 zero one
1
172 1
3
0 68 0 1
0 168 1 4
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l2 one two
1
172 2
3
0 69 0 1
0 168 3 1
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l2 three four
1
172 2
3
0 69 0 1
0 168 0 2
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l2 two three
1
172 2
3
0 69 0 1
0 168 2 3
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l2 zero one
1
172 2
3
0 69 0 1
0 168 1 4
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l3 one two
1
172 3
3
0 70 0 1
0 168 3 1
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l3 three four
1
172 3
3
0 70 0 1
0 168 0 2
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l3 two three
1
172 3
3
0 70 0 1
0 168 2 3
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l3 zero one
1
172 3
3
0 70 0 1
0 168 1 4
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l4 one two
1
172 4
3
0 71 0 1
0 168 3 1
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l4 three four
1
172 4
3
0 71 0 1
0 168 0 2
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l4 two three
1
172 4
3
0 71 0 1
0 168 2 3
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l4 zero one
1
172 4
3
0 71 0 1
0 168 1 4
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l5 one two
1
172 5
3
0 72 0 1
0 168 3 1
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l5 three four
1
172 5
3
0 72 0 1
0 168 0 2
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l5 two three
1
172 5
3
0 72 0 1
0 168 2 3
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t6 l5 zero one
1
172 5
3
0 72 0 1
0 168 1 4
0 136 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l0 one two
1
172 0
3
0 73 0 1
0 168 3 1
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l0 three four
1
172 0
3
0 73 0 1
0 168 0 2
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l0 two three
1
172 0
3
0 73 0 1
0 168 2 3
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l0 zero one
1
172 0
3
0 73 0 1
0 168 1 4
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l1 one two
1
172 1
3
0 74 0 1
0 168 3 1
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l1 three four
1
172 1
3
0 74 0 1
0 168 0 2
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l1 two three
1
172 1
3
0 74 0 1
0 168 2 3
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l1 zero one
1
172 1
3
0 74 0 1
0 168 1 4
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l2 one two
1
172 2
3
0 75 0 1
0 168 3 1
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l2 three four
1
172 2
3
0 75 0 1
0 168 0 2
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l2 two three
1
172 2
3
0 75 0 1
0 168 2 3
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l2 zero one
1
172 2
3
0 75 0 1
0 168 1 4
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l3 one two
1
172 3
3
0 76 0 1
0 168 3 1
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l3 three four
1
172 3
3
0 76 0 1
0 168 0 2
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l3 two three
1
172 3
3
0 76 0 1
0 168 2 3
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l3 zero one
1
172 3
3
0 76 0 1
0 168 1 4
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l4 one two
1
172 4
3
0 77 0 1
0 168 3 1
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l4 three four
1
172 4
3
0 77 0 1
0 168 0 2
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l4 two three
1
172 4
3
0 77 0 1
0 168 2 3
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l4 zero one
1
172 4
3
0 77 0 1
0 168 1 4
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l5 one two
1
172 5
3
0 78 0 1
0 168 3 1
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l5 three four
1
172 5
3
0 78 0 1
0 168 0 2
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l5 two three
1
172 5
3
0 78 0 1
0 168 2 3
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t7 l5 zero one
1
172 5
3
0 78 0 1
0 168 1 4
0 140 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l0 one two
1
172 0
3
0 79 0 1
0 168 3 1
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l0 three four
1
172 0
3
0 79 0 1
0 168 0 2
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l0 two three
1
172 0
3
0 79 0 1
0 168 2 3
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l0 zero one
1
172 0
3
0 79 0 1
0 168 1 4
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l1 one two
1
172 1
3
0 80 0 1
0 168 3 1
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l1 three four
1
172 1
3
0 80 0 1
0 168 0 2
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l1 two three
1
172 1
3
0 80 0 1
0 168 2 3
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l1 zero one
1
172 1
3
0 80 0 1
0 168 1 4
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l2 one two
1
172 2
3
0 81 0 1
0 168 3 1
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l2 three four
1
172 2
3
0 81 0 1
0 168 0 2
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l2 two three
1
172 2
3
0 81 0 1
0 168 2 3
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l2 zero one
1
172 2
3
0 81 0 1
0 168 1 4
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l3 one two
1
172 3
3
0 82 0 1
0 168 3 1
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l3 three four
1
172 3
3
0 82 0 1
0 168 0 2
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l3 two three
1
172 3
3
0 82 0 1
0 168 2 3
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l3 zero one
1
172 3
3
0 82 0 1
0 168 1 4
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l4 one two
1
172 4
3
0 83 0 1
0 168 3 1
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l4 three four
1
172 4
3
0 83 0 1
0 168 0 2
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l4 two three
1
172 4
3
0 83 0 1
0 168 2 3
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l4 zero one
1
172 4
3
0 83 0 1
0 168 1 4
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l5 one two
1
172 5
3
0 84 0 1
0 168 3 1
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l5 three four
1
172 5
3
0 84 0 1
0 168 0 2
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l5 two three
1
172 5
3
0 84 0 1
0 168 2 3
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t8 l5 zero one
1
172 5
3
0 84 0 1
0 168 1 4
0 144 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l0 one two
1
172 0
3
0 85 0 1
0 168 3 1
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l0 three four
1
172 0
3
0 85 0 1
0 168 0 2
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l0 two three
1
172 0
3
0 85 0 1
0 168 2 3
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l0 zero one
1
172 0
3
0 85 0 1
0 168 1 4
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l1 one two
1
172 1
3
0 86 0 1
0 168 3 1
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l1 three four
1
172 1
3
0 86 0 1
0 168 0 2
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l1 two three
1
172 1
3
0 86 0 1
0 168 2 3
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l1 zero one
1
172 1
3
0 86 0 1
0 168 1 4
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l2 one two
1
172 2
3
0 87 0 1
0 168 3 1
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l2 three four
1
172 2
3
0 87 0 1
0 168 0 2
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l2 two three
1
172 2
3
0 87 0 1
0 168 2 3
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l2 zero one
1
172 2
3
0 87 0 1
0 168 1 4
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l3 one two
1
172 3
3
0 88 0 1
0 168 3 1
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l3 three four
1
172 3
3
0 88 0 1
0 168 0 2
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l3 two three
1
172 3
3
0 88 0 1
0 168 2 3
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l3 zero one
1
172 3
3
0 88 0 1
0 168 1 4
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l4 one two
1
172 4
3
0 89 0 1
0 168 3 1
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l4 three four
1
172 4
3
0 89 0 1
0 168 0 2
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l4 two three
1
172 4
3
0 89 0 1
0 168 2 3
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l4 zero one
1
172 4
3
0 89 0 1
0 168 1 4
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l5 one two
1
172 5
3
0 90 0 1
0 168 3 1
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l5 three four
1
172 5
3
0 90 0 1
0 168 0 2
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l5 two three
1
172 5
3
0 90 0 1
0 168 2 3
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d1 t9 l5 zero one
1
172 5
3
0 90 0 1
0 168 1 4
0 148 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l0 one two
1
173 0
3
0 1 0 1
0 169 3 1
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l0 three four
1
173 0
3
0 1 0 1
0 169 0 2
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l0 two three
1
173 0
3
0 1 0 1
0 169 2 3
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l0 zero one
1
173 0
3
0 1 0 1
0 169 1 4
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l1 one two
1
173 1
3
0 2 0 1
0 169 3 1
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l1 three four
1
173 1
3
0 2 0 1
0 169 0 2
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l1 two three
1
173 1
3
0 2 0 1
0 169 2 3
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l1 zero one
1
173 1
3
0 2 0 1
0 169 1 4
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l2 one two
1
173 2
3
0 3 0 1
0 169 3 1
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l2 three four
1
173 2
3
0 3 0 1
0 169 0 2
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l2 two three
1
173 2
3
0 3 0 1
0 169 2 3
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l2 zero one
1
173 2
3
0 3 0 1
0 169 1 4
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l3 one two
1
173 3
3
0 4 0 1
0 169 3 1
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l3 three four
1
173 3
3
0 4 0 1
0 169 0 2
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l3 two three
1
173 3
3
0 4 0 1
0 169 2 3
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l3 zero one
1
173 3
3
0 4 0 1
0 169 1 4
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l4 one two
1
173 4
3
0 5 0 1
0 169 3 1
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l4 three four
1
173 4
3
0 5 0 1
0 169 0 2
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l4 two three
1
173 4
3
0 5 0 1
0 169 2 3
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l4 zero one
1
173 4
3
0 5 0 1
0 169 1 4
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l5 one two
1
173 5
3
0 6 0 1
0 169 3 1
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l5 three four
1
173 5
3
0 6 0 1
0 169 0 2
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l5 two three
1
173 5
3
0 6 0 1
0 169 2 3
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t0 l5 zero one
1
173 5
3
0 6 0 1
0 169 1 4
0 93 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l0 one two
1
173 0
3
0 7 0 1
0 169 3 1
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l0 three four
1
173 0
3
0 7 0 1
0 169 0 2
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l0 two three
1
173 0
3
0 7 0 1
0 169 2 3
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l0 zero one
1
173 0
3
0 7 0 1
0 169 1 4
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l1 one two
1
173 1
3
0 8 0 1
0 169 3 1
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l1 three four
1
173 1
3
0 8 0 1
0 169 0 2
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l1 two three
1
173 1
3
0 8 0 1
0 169 2 3
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l1 zero one
1
173 1
3
0 8 0 1
0 169 1 4
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l2 one two
1
173 2
3
0 9 0 1
0 169 3 1
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l2 three four
1
173 2
3
0 9 0 1
0 169 0 2
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l2 two three
1
173 2
3
0 9 0 1
0 169 2 3
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l2 zero one
1
173 2
3
0 9 0 1
0 169 1 4
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l3 one two
1
173 3
3
0 10 0 1
0 169 3 1
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l3 three four
1
173 3
3
0 10 0 1
0 169 0 2
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l3 two three
1
173 3
3
0 10 0 1
0 169 2 3
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l3 zero one
1
173 3
3
0 10 0 1
0 169 1 4
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l4 one two
1
173 4
3
0 11 0 1
0 169 3 1
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l4 three four
1
173 4
3
0 11 0 1
0 169 0 2
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l4 two three
1
173 4
3
0 11 0 1
0 169 2 3
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l4 zero one
1
173 4
3
0 11 0 1
0 169 1 4
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l5 one two
1
173 5
3
0 12 0 1
0 169 3 1
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l5 three four
1
173 5
3
0 12 0 1
0 169 0 2
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l5 two three
1
173 5
3
0 12 0 1
0 169 2 3
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t1 l5 zero one
1
173 5
3
0 12 0 1
0 169 1 4
0 97 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l0 one two
1
173 0
3
0 13 0 1
0 169 3 1
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l0 three four
1
173 0
3
0 13 0 1
0 169 0 2
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l0 two three
1
173 0
3
0 13 0 1
0 169 2 3
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l0 zero one
1
173 0
3
0 13 0 1
0 169 1 4
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l1 one two
1
173 1
3
0 14 0 1
0 169 3 1
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l1 three four
1
173 1
3
0 14 0 1
0 169 0 2
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l1 two three
1
173 1
3
0 14 0 1
0 169 2 3
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l1 zero one
1
173 1
3
0 14 0 1
0 169 1 4
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l2 one two
1
173 2
3
0 15 0 1
0 169 3 1
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l2 three four
1
173 2
3
0 15 0 1
0 169 0 2
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l2 two three
1
173 2
3
0 15 0 1
0 169 2 3
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l2 zero one
1
173 2
3
0 15 0 1
0 169 1 4
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l3 one two
1
173 3
3
0 16 0 1
0 169 3 1
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l3 three four
1
173 3
3
0 16 0 1
0 169 0 2
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l3 two three
1
173 3
3
0 16 0 1
0 169 2 3
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l3 zero one
1
173 3
3
0 16 0 1
0 169 1 4
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l4 one two
1
173 4
3
0 17 0 1
0 169 3 1
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l4 three four
1
173 4
3
0 17 0 1
0 169 0 2
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l4 two three
1
173 4
3
0 17 0 1
0 169 2 3
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l4 zero one
1
173 4
3
0 17 0 1
0 169 1 4
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l5 one two
1
173 5
3
0 18 0 1
0 169 3 1
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l5 three four
1
173 5
3
0 18 0 1
0 169 0 2
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l5 two three
1
173 5
3
0 18 0 1
0 169 2 3
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t10 l5 zero one
1
173 5
3
0 18 0 1
0 169 1 4
0 101 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l0 one two
1
173 0
3
0 19 0 1
0 169 3 1
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l0 three four
1
173 0
3
0 19 0 1
0 169 0 2
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l0 two three
1
173 0
3
0 19 0 1
0 169 2 3
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l0 zero one
1
173 0
3
0 19 0 1
0 169 1 4
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l1 one two
1
173 1
3
0 20 0 1
0 169 3 1
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l1 three four
1
173 1
3
0 20 0 1
0 169 0 2
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l1 two three
1
173 1
3
0 20 0 1
0 169 2 3
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l1 zero one
1
173 1
3
0 20 0 1
0 169 1 4
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l2 one two
1
173 2
3
0 21 0 1
0 169 3 1
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l2 three four
1
173 2
3
0 21 0 1
0 169 0 2
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l2 two three
1
173 2
3
0 21 0 1
0 169 2 3
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l2 zero one
1
173 2
3
0 21 0 1
0 169 1 4
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l3 one two
1
173 3
3
0 22 0 1
0 169 3 1
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l3 three four
1
173 3
3
0 22 0 1
0 169 0 2
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l3 two three
1
173 3
3
0 22 0 1
0 169 2 3
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l3 zero one
1
173 3
3
0 22 0 1
0 169 1 4
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l4 one two
1
173 4
3
0 23 0 1
0 169 3 1
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l4 three four
1
173 4
3
0 23 0 1
0 169 0 2
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l4 two three
1
173 4
3
0 23 0 1
0 169 2 3
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l4 zero one
1
173 4
3
0 23 0 1
0 169 1 4
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l5 one two
1
173 5
3
0 24 0 1
0 169 3 1
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l5 three four
1
173 5
3
0 24 0 1
0 169 0 2
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l5 two three
1
173 5
3
0 24 0 1
0 169 2 3
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t11 l5 zero one
1
173 5
3
0 24 0 1
0 169 1 4
0 105 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l0 one two
1
173 0
3
0 25 0 1
0 169 3 1
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l0 three four
1
173 0
3
0 25 0 1
0 169 0 2
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l0 two three
1
173 0
3
0 25 0 1
0 169 2 3
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l0 zero one
1
173 0
3
0 25 0 1
0 169 1 4
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l1 one two
1
173 1
3
0 26 0 1
0 169 3 1
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l1 three four
1
173 1
3
0 26 0 1
0 169 0 2
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l1 two three
1
173 1
3
0 26 0 1
0 169 2 3
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l1 zero one
1
173 1
3
0 26 0 1
0 169 1 4
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l2 one two
1
173 2
3
0 27 0 1
0 169 3 1
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l2 three four
1
173 2
3
0 27 0 1
0 169 0 2
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l2 two three
1
173 2
3
0 27 0 1
0 169 2 3
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l2 zero one
1
173 2
3
0 27 0 1
0 169 1 4
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l3 one two
1
173 3
3
0 28 0 1
0 169 3 1
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l3 three four
1
173 3
3
0 28 0 1
0 169 0 2
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l3 two three
1
173 3
3
0 28 0 1
0 169 2 3
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l3 zero one
1
173 3
3
0 28 0 1
0 169 1 4
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l4 one two
1
173 4
3
0 29 0 1
0 169 3 1
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l4 three four
1
173 4
3
0 29 0 1
0 169 0 2
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l4 two three
1
173 4
3
0 29 0 1
0 169 2 3
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l4 zero one
1
173 4
3
0 29 0 1
0 169 1 4
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l5 one two
1
173 5
3
0 30 0 1
0 169 3 1
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l5 three four
1
173 5
3
0 30 0 1
0 169 0 2
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l5 two three
1
173 5
3
0 30 0 1
0 169 2 3
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t12 l5 zero one
1
173 5
3
0 30 0 1
0 169 1 4
0 109 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l0 one two
1
173 0
3
0 31 0 1
0 169 3 1
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l0 three four
1
173 0
3
0 31 0 1
0 169 0 2
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l0 two three
1
173 0
3
0 31 0 1
0 169 2 3
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l0 zero one
1
173 0
3
0 31 0 1
0 169 1 4
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l1 one two
1
173 1
3
0 32 0 1
0 169 3 1
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l1 three four
1
173 1
3
0 32 0 1
0 169 0 2
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l1 two three
1
173 1
3
0 32 0 1
0 169 2 3
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l1 zero one
1
173 1
3
0 32 0 1
0 169 1 4
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l2 one two
1
173 2
3
0 33 0 1
0 169 3 1
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l2 three four
1
173 2
3
0 33 0 1
0 169 0 2
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l2 two three
1
173 2
3
0 33 0 1
0 169 2 3
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l2 zero one
1
173 2
3
0 33 0 1
0 169 1 4
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l3 one two
1
173 3
3
0 34 0 1
0 169 3 1
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l3 three four
1
173 3
3
0 34 0 1
0 169 0 2
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l3 two three
1
173 3
3
0 34 0 1
0 169 2 3
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l3 zero one
1
173 3
3
0 34 0 1
0 169 1 4
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l4 one two
1
173 4
3
0 35 0 1
0 169 3 1
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l4 three four
1
173 4
3
0 35 0 1
0 169 0 2
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l4 two three
1
173 4
3
0 35 0 1
0 169 2 3
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l4 zero one
1
173 4
3
0 35 0 1
0 169 1 4
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l5 one two
1
173 5
3
0 36 0 1
0 169 3 1
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l5 three four
1
173 5
3
0 36 0 1
0 169 0 2
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l5 two three
1
173 5
3
0 36 0 1
0 169 2 3
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t13 l5 zero one
1
173 5
3
0 36 0 1
0 169 1 4
0 113 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l0 one two
1
173 0
3
0 37 0 1
0 169 3 1
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l0 three four
1
173 0
3
0 37 0 1
0 169 0 2
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l0 two three
1
173 0
3
0 37 0 1
0 169 2 3
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l0 zero one
1
173 0
3
0 37 0 1
0 169 1 4
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l1 one two
1
173 1
3
0 38 0 1
0 169 3 1
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l1 three four
1
173 1
3
0 38 0 1
0 169 0 2
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l1 two three
1
173 1
3
0 38 0 1
0 169 2 3
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l1 zero one
1
173 1
3
0 38 0 1
0 169 1 4
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l2 one two
1
173 2
3
0 39 0 1
0 169 3 1
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l2 three four
1
173 2
3
0 39 0 1
0 169 0 2
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l2 two three
1
173 2
3
0 39 0 1
0 169 2 3
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l2 zero one
1
173 2
3
0 39 0 1
0 169 1 4
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l3 one two
1
173 3
3
0 40 0 1
0 169 3 1
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l3 three four
1
173 3
3
0 40 0 1
0 169 0 2
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l3 two three
1
173 3
3
0 40 0 1
0 169 2 3
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l3 zero one
1
173 3
3
0 40 0 1
0 169 1 4
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l4 one two
1
173 4
3
0 41 0 1
0 169 3 1
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l4 three four
1
173 4
3
0 41 0 1
0 169 0 2
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l4 two three
1
173 4
3
0 41 0 1
0 169 2 3
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l4 zero one
1
173 4
3
0 41 0 1
0 169 1 4
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l5 one two
1
173 5
3
0 42 0 1
0 169 3 1
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l5 three four
1
173 5
3
0 42 0 1
0 169 0 2
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l5 two three
1
173 5
3
0 42 0 1
0 169 2 3
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t14 l5 zero one
1
173 5
3
0 42 0 1
0 169 1 4
0 117 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l0 one two
1
173 0
3
0 43 0 1
0 169 3 1
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l0 three four
1
173 0
3
0 43 0 1
0 169 0 2
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l0 two three
1
173 0
3
0 43 0 1
0 169 2 3
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l0 zero one
1
173 0
3
0 43 0 1
0 169 1 4
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l1 one two
1
173 1
3
0 44 0 1
0 169 3 1
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l1 three four
1
173 1
3
0 44 0 1
0 169 0 2
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l1 two three
1
173 1
3
0 44 0 1
0 169 2 3
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l1 zero one
1
173 1
3
0 44 0 1
0 169 1 4
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l2 one two
1
173 2
3
0 45 0 1
0 169 3 1
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l2 three four
1
173 2
3
0 45 0 1
0 169 0 2
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l2 two three
1
173 2
3
0 45 0 1
0 169 2 3
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l2 zero one
1
173 2
3
0 45 0 1
0 169 1 4
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l3 one two
1
173 3
3
0 46 0 1
0 169 3 1
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l3 three four
1
173 3
3
0 46 0 1
0 169 0 2
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l3 two three
1
173 3
3
0 46 0 1
0 169 2 3
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l3 zero one
1
173 3
3
0 46 0 1
0 169 1 4
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l4 one two
1
173 4
3
0 47 0 1
0 169 3 1
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l4 three four
1
173 4
3
0 47 0 1
0 169 0 2
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l4 two three
1
173 4
3
0 47 0 1
0 169 2 3
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l4 zero one
1
173 4
3
0 47 0 1
0 169 1 4
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l5 one two
1
173 5
3
0 48 0 1
0 169 3 1
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l5 three four
1
173 5
3
0 48 0 1
0 169 0 2
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l5 two three
1
173 5
3
0 48 0 1
0 169 2 3
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t2 l5 zero one
1
173 5
3
0 48 0 1
0 169 1 4
0 121 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l0 one two
1
173 0
3
0 49 0 1
0 169 3 1
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l0 three four
1
173 0
3
0 49 0 1
0 169 0 2
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l0 two three
1
173 0
3
0 49 0 1
0 169 2 3
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l0 zero one
1
173 0
3
0 49 0 1
0 169 1 4
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l1 one two
1
173 1
3
0 50 0 1
0 169 3 1
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l1 three four
1
173 1
3
0 50 0 1
0 169 0 2
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l1 two three
1
173 1
3
0 50 0 1
0 169 2 3
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l1 zero one
1
173 1
3
0 50 0 1
0 169 1 4
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l2 one two
1
173 2
3
0 51 0 1
0 169 3 1
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l2 three four
1
173 2
3
0 51 0 1
0 169 0 2
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l2 two three
1
173 2
3
0 51 0 1
0 169 2 3
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l2 zero one
1
173 2
3
0 51 0 1
0 169 1 4
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l3 one two
1
173 3
3
0 52 0 1
0 169 3 1
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l3 three four
1
173 3
3
0 52 0 1
0 169 0 2
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l3 two three
1
173 3
3
0 52 0 1
0 169 2 3
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l3 zero one
1
173 3
3
0 52 0 1
0 169 1 4
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l4 one two
1
173 4
3
0 53 0 1
0 169 3 1
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l4 three four
1
173 4
3
0 53 0 1
0 169 0 2
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l4 two three
1
173 4
3
0 53 0 1
0 169 2 3
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l4 zero one
1
173 4
3
0 53 0 1
0 169 1 4
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l5 one two
1
173 5
3
0 54 0 1
0 169 3 1
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l5 three four
1
173 5
3
0 54 0 1
0 169 0 2
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l5 two three
1
173 5
3
0 54 0 1
0 169 2 3
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t3 l5 zero one
1
173 5
3
0 54 0 1
0 169 1 4
0 125 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l0 one two
1
173 0
3
0 55 0 1
0 169 3 1
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l0 three four
1
173 0
3
0 55 0 1
0 169 0 2
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l0 two three
1
173 0
3
0 55 0 1
0 169 2 3
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l0 zero one
1
173 0
3
0 55 0 1
0 169 1 4
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l1 one two
1
173 1
3
0 56 0 1
0 169 3 1
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l1 three four
1
173 1
3
0 56 0 1
0 169 0 2
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l1 two three
1
173 1
3
0 56 0 1
0 169 2 3
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l1 zero one
1
173 1
3
0 56 0 1
0 169 1 4
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l2 one two
1
173 2
3
0 57 0 1
0 169 3 1
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l2 three four
1
173 2
3
0 57 0 1
0 169 0 2
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l2 two three
1
173 2
3
0 57 0 1
0 169 2 3
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l2 zero one
1
173 2
3
0 57 0 1
0 169 1 4
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l3 one two
1
173 3
3
0 58 0 1
0 169 3 1
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l3 three four
1
173 3
3
0 58 0 1
0 169 0 2
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l3 two three
1
173 3
3
0 58 0 1
0 169 2 3
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l3 zero one
1
173 3
3
0 58 0 1
0 169 1 4
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l4 one two
1
173 4
3
0 59 0 1
0 169 3 1
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l4 three four
1
173 4
3
0 59 0 1
0 169 0 2
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l4 two three
1
173 4
3
0 59 0 1
0 169 2 3
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l4 zero one
1
173 4
3
0 59 0 1
0 169 1 4
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l5 one two
1
173 5
3
0 60 0 1
0 169 3 1
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l5 three four
1
173 5
3
0 60 0 1
0 169 0 2
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l5 two three
1
173 5
3
0 60 0 1
0 169 2 3
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t4 l5 zero one
1
173 5
3
0 60 0 1
0 169 1 4
0 129 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l0 one two
1
173 0
3
0 61 0 1
0 169 3 1
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l0 three four
1
173 0
3
0 61 0 1
0 169 0 2
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l0 two three
1
173 0
3
0 61 0 1
0 169 2 3
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l0 zero one
1
173 0
3
0 61 0 1
0 169 1 4
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l1 one two
1
173 1
3
0 62 0 1
0 169 3 1
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l1 three four
1
173 1
3
0 62 0 1
0 169 0 2
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l1 two three
1
173 1
3
0 62 0 1
0 169 2 3
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l1 zero one
1
173 1
3
0 62 0 1
0 169 1 4
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l2 one two
1
173 2
3
0 63 0 1
0 169 3 1
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l2 three four
1
173 2
3
0 63 0 1
0 169 0 2
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l2 two three
1
173 2
3
0 63 0 1
0 169 2 3
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l2 zero one
1
173 2
3
0 63 0 1
0 169 1 4
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l3 one two
1
173 3
3
0 64 0 1
0 169 3 1
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l3 three four
1
173 3
3
0 64 0 1
0 169 0 2
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l3 two three
1
173 3
3
0 64 0 1
0 169 2 3
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l3 zero one
1
173 3
3
0 64 0 1
0 169 1 4
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l4 one two
1
173 4
3
0 65 0 1
0 169 3 1
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l4 three four
1
173 4
3
0 65 0 1
0 169 0 2
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l4 two three
1
173 4
3
0 65 0 1
0 169 2 3
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l4 zero one
1
173 4
3
0 65 0 1
0 169 1 4
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l5 one two
1
173 5
3
0 66 0 1
0 169 3 1
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l5 three four
1
173 5
3
0 66 0 1
0 169 0 2
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l5 two three
1
173 5
3
0 66 0 1
0 169 2 3
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t5 l5 zero one
1
173 5
3
0 66 0 1
0 169 1 4
0 133 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l0 one two
1
173 0
3
0 67 0 1
0 169 3 1
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l0 three four
1
173 0
3
0 67 0 1
0 169 0 2
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l0 two three
1
173 0
3
0 67 0 1
0 169 2 3
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l0 zero one
1
173 0
3
0 67 0 1
0 169 1 4
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l1 one two
1
173 1
3
0 68 0 1
0 169 3 1
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l1 three four
1
173 1
3
0 68 0 1
0 169 0 2
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l1 two three
1
173 1
3
0 68 0 1
0 169 2 3
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l1 zero one
1
173 1
3
0 68 0 1
0 169 1 4
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l2 one two
1
173 2
3
0 69 0 1
0 169 3 1
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l2 three four
1
173 2
3
0 69 0 1
0 169 0 2
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l2 two three
1
173 2
3
0 69 0 1
0 169 2 3
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l2 zero one
1
173 2
3
0 69 0 1
0 169 1 4
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l3 one two
1
173 3
3
0 70 0 1
0 169 3 1
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l3 three four
1
173 3
3
0 70 0 1
0 169 0 2
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l3 two three
1
173 3
3
0 70 0 1
0 169 2 3
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l3 zero one
1
173 3
3
0 70 0 1
0 169 1 4
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l4 one two
1
173 4
3
0 71 0 1
0 169 3 1
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l4 three four
1
173 4
3
0 71 0 1
0 169 0 2
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l4 two three
1
173 4
3
0 71 0 1
0 169 2 3
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l4 zero one
1
173 4
3
0 71 0 1
0 169 1 4
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l5 one two
1
173 5
3
0 72 0 1
0 169 3 1
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l5 three four
1
173 5
3
0 72 0 1
0 169 0 2
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l5 two three
1
173 5
3
0 72 0 1
0 169 2 3
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t6 l5 zero one
1
173 5
3
0 72 0 1
0 169 1 4
0 137 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l0 one two
1
173 0
3
0 73 0 1
0 169 3 1
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l0 three four
1
173 0
3
0 73 0 1
0 169 0 2
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l0 two three
1
173 0
3
0 73 0 1
0 169 2 3
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l0 zero one
1
173 0
3
0 73 0 1
0 169 1 4
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l1 one two
1
173 1
3
0 74 0 1
0 169 3 1
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l1 three four
1
173 1
3
0 74 0 1
0 169 0 2
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l1 two three
1
173 1
3
0 74 0 1
0 169 2 3
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l1 zero one
1
173 1
3
0 74 0 1
0 169 1 4
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l2 one two
1
173 2
3
0 75 0 1
0 169 3 1
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l2 three four
1
173 2
3
0 75 0 1
0 169 0 2
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l2 two three
1
173 2
3
0 75 0 1
0 169 2 3
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l2 zero one
1
173 2
3
0 75 0 1
0 169 1 4
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l3 one two
1
173 3
3
0 76 0 1
0 169 3 1
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l3 three four
1
173 3
3
0 76 0 1
0 169 0 2
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l3 two three
1
173 3
3
0 76 0 1
0 169 2 3
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l3 zero one
1
173 3
3
0 76 0 1
0 169 1 4
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l4 one two
1
173 4
3
0 77 0 1
0 169 3 1
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l4 three four
1
173 4
3
0 77 0 1
0 169 0 2
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l4 two three
1
173 4
3
0 77 0 1
0 169 2 3
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l4 zero one
1
173 4
3
0 77 0 1
0 169 1 4
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l5 one two
1
173 5
3
0 78 0 1
0 169 3 1
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l5 three four
1
173 5
3
0 78 0 1
0 169 0 2
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l5 two three
1
173 5
3
0 78 0 1
0 169 2 3
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t7 l5 zero one
1
173 5
3
0 78 0 1
0 169 1 4
0 141 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l0 one two
1
173 0
3
0 79 0 1
0 169 3 1
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l0 three four
1
173 0
3
0 79 0 1
0 169 0 2
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l0 two three
1
173 0
3
0 79 0 1
0 169 2 3
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l0 zero one
1
173 0
3
0 79 0 1
0 169 1 4
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l1 one two
1
173 1
3
0 80 0 1
0 169 3 1
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l1 three four
1
173 1
3
0 80 0 1
0 169 0 2
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l1 two three
1
173 1
3
0 80 0 1
0 169 2 3
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l1 zero one
1
173 1
3
0 80 0 1
0 169 1 4
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l2 one two
1
173 2
3
0 81 0 1
0 169 3 1
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l2 three four
1
173 2
3
0 81 0 1
0 169 0 2
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l2 two three
1
173 2
3
0 81 0 1
0 169 2 3
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l2 zero one
1
173 2
3
0 81 0 1
0 169 1 4
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l3 one two
1
173 3
3
0 82 0 1
0 169 3 1
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l3 three four
1
173 3
3
0 82 0 1
0 169 0 2
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l3 two three
1
173 3
3
0 82 0 1
0 169 2 3
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l3 zero one
1
173 3
3
0 82 0 1
0 169 1 4
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l4 one two
1
173 4
3
0 83 0 1
0 169 3 1
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l4 three four
1
173 4
3
0 83 0 1
0 169 0 2
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l4 two three
1
173 4
3
0 83 0 1
0 169 2 3
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l4 zero one
1
173 4
3
0 83 0 1
0 169 1 4
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l5 one two
1
173 5
3
0 84 0 1
0 169 3 1
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l5 three four
1
173 5
3
0 84 0 1
0 169 0 2
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l5 two three
1
173 5
3
0 84 0 1
0 169 2 3
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t8 l5 zero one
1
173 5
3
0 84 0 1
0 169 1 4
0 145 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l0 one two
1
173 0
3
0 85 0 1
0 169 3 1
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l0 three four
1
173 0
3
0 85 0 1
0 169 0 2
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l0 two three
1
173 0
3
0 85 0 1
0 169 2 3
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l0 zero one
1
173 0
3
0 85 0 1
0 169 1 4
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l1 one two
1
173 1
3
0 86 0 1
0 169 3 1
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l1 three four
1
173 1
3
0 86 0 1
0 169 0 2
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l1 two three
1
173 1
3
0 86 0 1
0 169 2 3
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l1 zero one
1
173 1
3
0 86 0 1
0 169 1 4
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l2 one two
1
173 2
3
0 87 0 1
0 169 3 1
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l2 three four
1
173 2
3
0 87 0 1
0 169 0 2
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l2 two three
1
173 2
3
0 87 0 1
0 169 2 3
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l2 zero one
1
173 2
3
0 87 0 1
0 169 1 4
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l3 one two
1
173 3
3
0 88 0 1
0 169 3 1
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l3 three four
1
173 3
3
0 88 0 1
0 169 0 2
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l3 two three
1
173 3
3
0 88 0 1
0 169 2 3
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l3 zero one
1
173 3
3
0 88 0 1
0 169 1 4
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l4 one two
1
173 4
3
0 89 0 1
0 169 3 1
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l4 three four
1
173 4
3
0 89 0 1
0 169 0 2
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l4 two three
1
173 4
3
0 89 0 1
0 169 2 3
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l4 zero one
1
173 4
3
0 89 0 1
0 169 1 4
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l5 one two
1
173 5
3
0 90 0 1
0 169 3 1
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l5 three four
1
173 5
3
0 90 0 1
0 169 0 2
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l5 two three
1
173 5
3
0 90 0 1
0 169 2 3
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d2 t9 l5 zero one
1
173 5
3
0 90 0 1
0 169 1 4
0 149 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l0 one two
1
174 0
3
0 1 0 1
0 170 3 1
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l0 three four
1
174 0
3
0 1 0 1
0 170 0 2
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l0 two three
1
174 0
3
0 1 0 1
0 170 2 3
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l0 zero one
1
174 0
3
0 1 0 1
0 170 1 4
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l1 one two
1
174 1
3
0 2 0 1
0 170 3 1
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l1 three four
1
174 1
3
0 2 0 1
0 170 0 2
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l1 two three
1
174 1
3
0 2 0 1
0 170 2 3
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l1 zero one
1
174 1
3
0 2 0 1
0 170 1 4
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l2 one two
1
174 2
3
0 3 0 1
0 170 3 1
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l2 three four
1
174 2
3
0 3 0 1
0 170 0 2
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l2 two three
1
174 2
3
0 3 0 1
0 170 2 3
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l2 zero one
1
174 2
3
0 3 0 1
0 170 1 4
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l3 one two
1
174 3
3
0 4 0 1
0 170 3 1
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l3 three four
1
174 3
3
0 4 0 1
0 170 0 2
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l3 two three
1
174 3
3
0 4 0 1
0 170 2 3
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l3 zero one
1
174 3
3
0 4 0 1
0 170 1 4
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l4 one two
1
174 4
3
0 5 0 1
0 170 3 1
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l4 three four
1
174 4
3
0 5 0 1
0 170 0 2
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l4 two three
1
174 4
3
0 5 0 1
0 170 2 3
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l4 zero one
1
174 4
3
0 5 0 1
0 170 1 4
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l5 one two
1
174 5
3
0 6 0 1
0 170 3 1
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l5 three four
1
174 5
3
0 6 0 1
0 170 0 2
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l5 two three
1
174 5
3
0 6 0 1
0 170 2 3
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t0 l5 zero one
1
174 5
3
0 6 0 1
0 170 1 4
0 94 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l0 one two
1
174 0
3
0 7 0 1
0 170 3 1
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l0 three four
1
174 0
3
0 7 0 1
0 170 0 2
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l0 two three
1
174 0
3
0 7 0 1
0 170 2 3
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l0 zero one
1
174 0
3
0 7 0 1
0 170 1 4
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l1 one two
1
174 1
3
0 8 0 1
0 170 3 1
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l1 three four
1
174 1
3
0 8 0 1
0 170 0 2
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l1 two three
1
174 1
3
0 8 0 1
0 170 2 3
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l1 zero one
1
174 1
3
0 8 0 1
0 170 1 4
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l2 one two
1
174 2
3
0 9 0 1
0 170 3 1
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l2 three four
1
174 2
3
0 9 0 1
0 170 0 2
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l2 two three
1
174 2
3
0 9 0 1
0 170 2 3
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l2 zero one
1
174 2
3
0 9 0 1
0 170 1 4
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l3 one two
1
174 3
3
0 10 0 1
0 170 3 1
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l3 three four
1
174 3
3
0 10 0 1
0 170 0 2
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l3 two three
1
174 3
3
0 10 0 1
0 170 2 3
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l3 zero one
1
174 3
3
0 10 0 1
0 170 1 4
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l4 one two
1
174 4
3
0 11 0 1
0 170 3 1
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l4 three four
1
174 4
3
0 11 0 1
0 170 0 2
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l4 two three
1
174 4
3
0 11 0 1
0 170 2 3
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l4 zero one
1
174 4
3
0 11 0 1
0 170 1 4
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l5 one two
1
174 5
3
0 12 0 1
0 170 3 1
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l5 three four
1
174 5
3
0 12 0 1
0 170 0 2
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l5 two three
1
174 5
3
0 12 0 1
0 170 2 3
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t1 l5 zero one
1
174 5
3
0 12 0 1
0 170 1 4
0 98 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l0 one two
1
174 0
3
0 13 0 1
0 170 3 1
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l0 three four
1
174 0
3
0 13 0 1
0 170 0 2
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l0 two three
1
174 0
3
0 13 0 1
0 170 2 3
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l0 zero one
1
174 0
3
0 13 0 1
0 170 1 4
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l1 one two
1
174 1
3
0 14 0 1
0 170 3 1
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l1 three four
1
174 1
3
0 14 0 1
0 170 0 2
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l1 two three
1
174 1
3
0 14 0 1
0 170 2 3
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l1 zero one
1
174 1
3
0 14 0 1
0 170 1 4
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l2 one two
1
174 2
3
0 15 0 1
0 170 3 1
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l2 three four
1
174 2
3
0 15 0 1
0 170 0 2
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l2 two three
1
174 2
3
0 15 0 1
0 170 2 3
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l2 zero one
1
174 2
3
0 15 0 1
0 170 1 4
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l3 one two
1
174 3
3
0 16 0 1
0 170 3 1
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l3 three four
1
174 3
3
0 16 0 1
0 170 0 2
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l3 two three
1
174 3
3
0 16 0 1
0 170 2 3
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l3 zero one
1
174 3
3
0 16 0 1
0 170 1 4
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l4 one two
1
174 4
3
0 17 0 1
0 170 3 1
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l4 three four
1
174 4
3
0 17 0 1
0 170 0 2
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l4 two three
1
174 4
3
0 17 0 1
0 170 2 3
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l4 zero one
1
174 4
3
0 17 0 1
0 170 1 4
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l5 one two
1
174 5
3
0 18 0 1
0 170 3 1
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l5 three four
1
174 5
3
0 18 0 1
0 170 0 2
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l5 two three
1
174 5
3
0 18 0 1
0 170 2 3
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t10 l5 zero one
1
174 5
3
0 18 0 1
0 170 1 4
0 102 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l0 one two
1
174 0
3
0 19 0 1
0 170 3 1
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l0 three four
1
174 0
3
0 19 0 1
0 170 0 2
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l0 two three
1
174 0
3
0 19 0 1
0 170 2 3
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l0 zero one
1
174 0
3
0 19 0 1
0 170 1 4
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l1 one two
1
174 1
3
0 20 0 1
0 170 3 1
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l1 three four
1
174 1
3
0 20 0 1
0 170 0 2
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l1 two three
1
174 1
3
0 20 0 1
0 170 2 3
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l1 zero one
1
174 1
3
0 20 0 1
0 170 1 4
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l2 one two
1
174 2
3
0 21 0 1
0 170 3 1
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l2 three four
1
174 2
3
0 21 0 1
0 170 0 2
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l2 two three
1
174 2
3
0 21 0 1
0 170 2 3
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l2 zero one
1
174 2
3
0 21 0 1
0 170 1 4
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l3 one two
1
174 3
3
0 22 0 1
0 170 3 1
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l3 three four
1
174 3
3
0 22 0 1
0 170 0 2
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l3 two three
1
174 3
3
0 22 0 1
0 170 2 3
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l3 zero one
1
174 3
3
0 22 0 1
0 170 1 4
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l4 one two
1
174 4
3
0 23 0 1
0 170 3 1
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l4 three four
1
174 4
3
0 23 0 1
0 170 0 2
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l4 two three
1
174 4
3
0 23 0 1
0 170 2 3
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l4 zero one
1
174 4
3
0 23 0 1
0 170 1 4
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l5 one two
1
174 5
3
0 24 0 1
0 170 3 1
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l5 three four
1
174 5
3
0 24 0 1
0 170 0 2
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l5 two three
1
174 5
3
0 24 0 1
0 170 2 3
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t11 l5 zero one
1
174 5
3
0 24 0 1
0 170 1 4
0 106 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l0 one two
1
174 0
3
0 25 0 1
0 170 3 1
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l0 three four
1
174 0
3
0 25 0 1
0 170 0 2
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l0 two three
1
174 0
3
0 25 0 1
0 170 2 3
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l0 zero one
1
174 0
3
0 25 0 1
0 170 1 4
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l1 one two
1
174 1
3
0 26 0 1
0 170 3 1
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l1 three four
1
174 1
3
0 26 0 1
0 170 0 2
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l1 two three
1
174 1
3
0 26 0 1
0 170 2 3
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l1 zero one
1
174 1
3
0 26 0 1
0 170 1 4
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l2 one two
1
174 2
3
0 27 0 1
0 170 3 1
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l2 three four
1
174 2
3
0 27 0 1
0 170 0 2
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l2 two three
1
174 2
3
0 27 0 1
0 170 2 3
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l2 zero one
1
174 2
3
0 27 0 1
0 170 1 4
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l3 one two
1
174 3
3
0 28 0 1
0 170 3 1
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l3 three four
1
174 3
3
0 28 0 1
0 170 0 2
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l3 two three
1
174 3
3
0 28 0 1
0 170 2 3
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l3 zero one
1
174 3
3
0 28 0 1
0 170 1 4
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l4 one two
1
174 4
3
0 29 0 1
0 170 3 1
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l4 three four
1
174 4
3
0 29 0 1
0 170 0 2
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l4 two three
1
174 4
3
0 29 0 1
0 170 2 3
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l4 zero one
1
174 4
3
0 29 0 1
0 170 1 4
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l5 one two
1
174 5
3
0 30 0 1
0 170 3 1
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l5 three four
1
174 5
3
0 30 0 1
0 170 0 2
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l5 two three
1
174 5
3
0 30 0 1
0 170 2 3
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t12 l5 zero one
1
174 5
3
0 30 0 1
0 170 1 4
0 110 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l0 one two
1
174 0
3
0 31 0 1
0 170 3 1
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l0 three four
1
174 0
3
0 31 0 1
0 170 0 2
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l0 two three
1
174 0
3
0 31 0 1
0 170 2 3
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l0 zero one
1
174 0
3
0 31 0 1
0 170 1 4
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l1 one two
1
174 1
3
0 32 0 1
0 170 3 1
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l1 three four
1
174 1
3
0 32 0 1
0 170 0 2
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l1 two three
1
174 1
3
0 32 0 1
0 170 2 3
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l1 zero one
1
174 1
3
0 32 0 1
0 170 1 4
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l2 one two
1
174 2
3
0 33 0 1
0 170 3 1
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l2 three four
1
174 2
3
0 33 0 1
0 170 0 2
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l2 two three
1
174 2
3
0 33 0 1
0 170 2 3
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l2 zero one
1
174 2
3
0 33 0 1
0 170 1 4
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l3 one two
1
174 3
3
0 34 0 1
0 170 3 1
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l3 three four
1
174 3
3
0 34 0 1
0 170 0 2
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l3 two three
1
174 3
3
0 34 0 1
0 170 2 3
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l3 zero one
1
174 3
3
0 34 0 1
0 170 1 4
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l4 one two
1
174 4
3
0 35 0 1
0 170 3 1
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l4 three four
1
174 4
3
0 35 0 1
0 170 0 2
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l4 two three
1
174 4
3
0 35 0 1
0 170 2 3
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l4 zero one
1
174 4
3
0 35 0 1
0 170 1 4
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l5 one two
1
174 5
3
0 36 0 1
0 170 3 1
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l5 three four
1
174 5
3
0 36 0 1
0 170 0 2
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l5 two three
1
174 5
3
0 36 0 1
0 170 2 3
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t13 l5 zero one
1
174 5
3
0 36 0 1
0 170 1 4
0 114 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l0 one two
1
174 0
3
0 37 0 1
0 170 3 1
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l0 three four
1
174 0
3
0 37 0 1
0 170 0 2
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l0 two three
1
174 0
3
0 37 0 1
0 170 2 3
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l0 zero one
1
174 0
3
0 37 0 1
0 170 1 4
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l1 one two
1
174 1
3
0 38 0 1
0 170 3 1
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l1 three four
1
174 1
3
0 38 0 1
0 170 0 2
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l1 two three
1
174 1
3
0 38 0 1
0 170 2 3
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l1 zero one
1
174 1
3
0 38 0 1
0 170 1 4
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l2 one two
1
174 2
3
0 39 0 1
0 170 3 1
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l2 three four
1
174 2
3
0 39 0 1
0 170 0 2
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l2 two three
1
174 2
3
0 39 0 1
0 170 2 3
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l2 zero one
1
174 2
3
0 39 0 1
0 170 1 4
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l3 one two
1
174 3
3
0 40 0 1
0 170 3 1
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l3 three four
1
174 3
3
0 40 0 1
0 170 0 2
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l3 two three
1
174 3
3
0 40 0 1
0 170 2 3
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l3 zero one
1
174 3
3
0 40 0 1
0 170 1 4
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l4 one two
1
174 4
3
0 41 0 1
0 170 3 1
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l4 three four
1
174 4
3
0 41 0 1
0 170 0 2
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l4 two three
1
174 4
3
0 41 0 1
0 170 2 3
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l4 zero one
1
174 4
3
0 41 0 1
0 170 1 4
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l5 one two
1
174 5
3
0 42 0 1
0 170 3 1
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l5 three four
1
174 5
3
0 42 0 1
0 170 0 2
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l5 two three
1
174 5
3
0 42 0 1
0 170 2 3
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t14 l5 zero one
1
174 5
3
0 42 0 1
0 170 1 4
0 118 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l0 one two
1
174 0
3
0 43 0 1
0 170 3 1
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l0 three four
1
174 0
3
0 43 0 1
0 170 0 2
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l0 two three
1
174 0
3
0 43 0 1
0 170 2 3
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l0 zero one
1
174 0
3
0 43 0 1
0 170 1 4
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l1 one two
1
174 1
3
0 44 0 1
0 170 3 1
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l1 three four
1
174 1
3
0 44 0 1
0 170 0 2
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l1 two three
1
174 1
3
0 44 0 1
0 170 2 3
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l1 zero one
1
174 1
3
0 44 0 1
0 170 1 4
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l2 one two
1
174 2
3
0 45 0 1
0 170 3 1
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l2 three four
1
174 2
3
0 45 0 1
0 170 0 2
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l2 two three
1
174 2
3
0 45 0 1
0 170 2 3
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l2 zero one
1
174 2
3
0 45 0 1
0 170 1 4
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l3 one two
1
174 3
3
0 46 0 1
0 170 3 1
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l3 three four
1
174 3
3
0 46 0 1
0 170 0 2
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l3 two three
1
174 3
3
0 46 0 1
0 170 2 3
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l3 zero one
1
174 3
3
0 46 0 1
0 170 1 4
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l4 one two
1
174 4
3
0 47 0 1
0 170 3 1
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l4 three four
1
174 4
3
0 47 0 1
0 170 0 2
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l4 two three
1
174 4
3
0 47 0 1
0 170 2 3
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l4 zero one
1
174 4
3
0 47 0 1
0 170 1 4
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l5 one two
1
174 5
3
0 48 0 1
0 170 3 1
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l5 three four
1
174 5
3
0 48 0 1
0 170 0 2
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l5 two three
1
174 5
3
0 48 0 1
0 170 2 3
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t2 l5 zero one
1
174 5
3
0 48 0 1
0 170 1 4
0 122 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l0 one two
1
174 0
3
0 49 0 1
0 170 3 1
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l0 three four
1
174 0
3
0 49 0 1
0 170 0 2
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l0 two three
1
174 0
3
0 49 0 1
0 170 2 3
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l0 zero one
1
174 0
3
0 49 0 1
0 170 1 4
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l1 one two
1
174 1
3
0 50 0 1
0 170 3 1
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l1 three four
1
174 1
3
0 50 0 1
0 170 0 2
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l1 two three
1
174 1
3
0 50 0 1
0 170 2 3
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l1 zero one
1
174 1
3
0 50 0 1
0 170 1 4
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l2 one two
1
174 2
3
0 51 0 1
0 170 3 1
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l2 three four
1
174 2
3
0 51 0 1
0 170 0 2
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l2 two three
1
174 2
3
0 51 0 1
0 170 2 3
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l2 zero one
1
174 2
3
0 51 0 1
0 170 1 4
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l3 one two
1
174 3
3
0 52 0 1
0 170 3 1
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l3 three four
1
174 3
3
0 52 0 1
0 170 0 2
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l3 two three
1
174 3
3
0 52 0 1
0 170 2 3
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l3 zero one
1
174 3
3
0 52 0 1
0 170 1 4
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l4 one two
1
174 4
3
0 53 0 1
0 170 3 1
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l4 three four
1
174 4
3
0 53 0 1
0 170 0 2
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l4 two three
1
174 4
3
0 53 0 1
0 170 2 3
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l4 zero one
1
174 4
3
0 53 0 1
0 170 1 4
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l5 one two
1
174 5
3
0 54 0 1
0 170 3 1
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l5 three four
1
174 5
3
0 54 0 1
0 170 0 2
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l5 two three
1
174 5
3
0 54 0 1
0 170 2 3
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t3 l5 zero one
1
174 5
3
0 54 0 1
0 170 1 4
0 126 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l0 one two
1
174 0
3
0 55 0 1
0 170 3 1
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l0 three four
1
174 0
3
0 55 0 1
0 170 0 2
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l0 two three
1
174 0
3
0 55 0 1
0 170 2 3
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l0 zero one
1
174 0
3
0 55 0 1
0 170 1 4
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l1 one two
1
174 1
3
0 56 0 1
0 170 3 1
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l1 three four
1
174 1
3
0 56 0 1
0 170 0 2
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l1 two three
1
174 1
3
0 56 0 1
0 170 2 3
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l1 zero one
1
174 1
3
0 56 0 1
0 170 1 4
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l2 one two
1
174 2
3
0 57 0 1
0 170 3 1
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l2 three four
1
174 2
3
0 57 0 1
0 170 0 2
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l2 two three
1
174 2
3
0 57 0 1
0 170 2 3
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l2 zero one
1
174 2
3
0 57 0 1
0 170 1 4
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l3 one two
1
174 3
3
0 58 0 1
0 170 3 1
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l3 three four
1
174 3
3
0 58 0 1
0 170 0 2
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l3 two three
1
174 3
3
0 58 0 1
0 170 2 3
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l3 zero one
1
174 3
3
0 58 0 1
0 170 1 4
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l4 one two
1
174 4
3
0 59 0 1
0 170 3 1
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l4 three four
1
174 4
3
0 59 0 1
0 170 0 2
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l4 two three
1
174 4
3
0 59 0 1
0 170 2 3
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l4 zero one
1
174 4
3
0 59 0 1
0 170 1 4
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l5 one two
1
174 5
3
0 60 0 1
0 170 3 1
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l5 three four
1
174 5
3
0 60 0 1
0 170 0 2
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l5 two three
1
174 5
3
0 60 0 1
0 170 2 3
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t4 l5 zero one
1
174 5
3
0 60 0 1
0 170 1 4
0 130 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l0 one two
1
174 0
3
0 61 0 1
0 170 3 1
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l0 three four
1
174 0
3
0 61 0 1
0 170 0 2
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l0 two three
1
174 0
3
0 61 0 1
0 170 2 3
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l0 zero one
1
174 0
3
0 61 0 1
0 170 1 4
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l1 one two
1
174 1
3
0 62 0 1
0 170 3 1
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l1 three four
1
174 1
3
0 62 0 1
0 170 0 2
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l1 two three
1
174 1
3
0 62 0 1
0 170 2 3
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l1 zero one
1
174 1
3
0 62 0 1
0 170 1 4
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l2 one two
1
174 2
3
0 63 0 1
0 170 3 1
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l2 three four
1
174 2
3
0 63 0 1
0 170 0 2
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l2 two three
1
174 2
3
0 63 0 1
0 170 2 3
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l2 zero one
1
174 2
3
0 63 0 1
0 170 1 4
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l3 one two
1
174 3
3
0 64 0 1
0 170 3 1
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l3 three four
1
174 3
3
0 64 0 1
0 170 0 2
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l3 two three
1
174 3
3
0 64 0 1
0 170 2 3
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l3 zero one
1
174 3
3
0 64 0 1
0 170 1 4
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l4 one two
1
174 4
3
0 65 0 1
0 170 3 1
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l4 three four
1
174 4
3
0 65 0 1
0 170 0 2
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l4 two three
1
174 4
3
0 65 0 1
0 170 2 3
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l4 zero one
1
174 4
3
0 65 0 1
0 170 1 4
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l5 one two
1
174 5
3
0 66 0 1
0 170 3 1
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l5 three four
1
174 5
3
0 66 0 1
0 170 0 2
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l5 two three
1
174 5
3
0 66 0 1
0 170 2 3
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t5 l5 zero one
1
174 5
3
0 66 0 1
0 170 1 4
0 134 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l0 one two
1
174 0
3
0 67 0 1
0 170 3 1
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l0 three four
1
174 0
3
0 67 0 1
0 170 0 2
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l0 two three
1
174 0
3
0 67 0 1
0 170 2 3
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l0 zero one
1
174 0
3
0 67 0 1
0 170 1 4
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l1 one two
1
174 1
3
0 68 0 1
0 170 3 1
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l1 three four
1
174 1
3
0 68 0 1
0 170 0 2
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l1 two three
1
174 1
3
0 68 0 1
0 170 2 3
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l1 zero one
1
174 1
3
0 68 0 1
0 170 1 4
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l2 one two
1
174 2
3
0 69 0 1
0 170 3 1
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l2 three four
1
174 2
3
0 69 0 1
0 170 0 2
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l2 two three
1
174 2
3
0 69 0 1
0 170 2 3
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l2 zero one
1
174 2
3
0 69 0 1
0 170 1 4
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l3 one two
1
174 3
3
0 70 0 1
0 170 3 1
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l3 three four
1
174 3
3
0 70 0 1
0 170 0 2
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l3 two three
1
174 3
3
0 70 0 1
0 170 2 3
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l3 zero one
1
174 3
3
0 70 0 1
0 170 1 4
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l4 one two
1
174 4
3
0 71 0 1
0 170 3 1
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l4 three four
1
174 4
3
0 71 0 1
0 170 0 2
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l4 two three
1
174 4
3
0 71 0 1
0 170 2 3
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l4 zero one
1
174 4
3
0 71 0 1
0 170 1 4
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l5 one two
1
174 5
3
0 72 0 1
0 170 3 1
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l5 three four
1
174 5
3
0 72 0 1
0 170 0 2
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l5 two three
1
174 5
3
0 72 0 1
0 170 2 3
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t6 l5 zero one
1
174 5
3
0 72 0 1
0 170 1 4
0 138 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l0 one two
1
174 0
3
0 73 0 1
0 170 3 1
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l0 three four
1
174 0
3
0 73 0 1
0 170 0 2
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l0 two three
1
174 0
3
0 73 0 1
0 170 2 3
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l0 zero one
1
174 0
3
0 73 0 1
0 170 1 4
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l1 one two
1
174 1
3
0 74 0 1
0 170 3 1
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l1 three four
1
174 1
3
0 74 0 1
0 170 0 2
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l1 two three
1
174 1
3
0 74 0 1
0 170 2 3
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l1 zero one
1
174 1
3
0 74 0 1
0 170 1 4
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l2 one two
1
174 2
3
0 75 0 1
0 170 3 1
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l2 three four
1
174 2
3
0 75 0 1
0 170 0 2
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l2 two three
1
174 2
3
0 75 0 1
0 170 2 3
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l2 zero one
1
174 2
3
0 75 0 1
0 170 1 4
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l3 one two
1
174 3
3
0 76 0 1
0 170 3 1
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l3 three four
1
174 3
3
0 76 0 1
0 170 0 2
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l3 two three
1
174 3
3
0 76 0 1
0 170 2 3
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l3 zero one
1
174 3
3
0 76 0 1
0 170 1 4
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l4 one two
1
174 4
3
0 77 0 1
0 170 3 1
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l4 three four
1
174 4
3
0 77 0 1
0 170 0 2
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l4 two three
1
174 4
3
0 77 0 1
0 170 2 3
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l4 zero one
1
174 4
3
0 77 0 1
0 170 1 4
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l5 one two
1
174 5
3
0 78 0 1
0 170 3 1
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l5 three four
1
174 5
3
0 78 0 1
0 170 0 2
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l5 two three
1
174 5
3
0 78 0 1
0 170 2 3
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t7 l5 zero one
1
174 5
3
0 78 0 1
0 170 1 4
0 142 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l0 one two
1
174 0
3
0 79 0 1
0 170 3 1
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l0 three four
1
174 0
3
0 79 0 1
0 170 0 2
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l0 two three
1
174 0
3
0 79 0 1
0 170 2 3
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l0 zero one
1
174 0
3
0 79 0 1
0 170 1 4
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l1 one two
1
174 1
3
0 80 0 1
0 170 3 1
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l1 three four
1
174 1
3
0 80 0 1
0 170 0 2
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l1 two three
1
174 1
3
0 80 0 1
0 170 2 3
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l1 zero one
1
174 1
3
0 80 0 1
0 170 1 4
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l2 one two
1
174 2
3
0 81 0 1
0 170 3 1
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l2 three four
1
174 2
3
0 81 0 1
0 170 0 2
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l2 two three
1
174 2
3
0 81 0 1
0 170 2 3
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l2 zero one
1
174 2
3
0 81 0 1
0 170 1 4
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l3 one two
1
174 3
3
0 82 0 1
0 170 3 1
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l3 three four
1
174 3
3
0 82 0 1
0 170 0 2
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l3 two three
1
174 3
3
0 82 0 1
0 170 2 3
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l3 zero one
1
174 3
3
0 82 0 1
0 170 1 4
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l4 one two
1
174 4
3
0 83 0 1
0 170 3 1
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l4 three four
1
174 4
3
0 83 0 1
0 170 0 2
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l4 two three
1
174 4
3
0 83 0 1
0 170 2 3
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l4 zero one
1
174 4
3
0 83 0 1
0 170 1 4
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l5 one two
1
174 5
3
0 84 0 1
0 170 3 1
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l5 three four
1
174 5
3
0 84 0 1
0 170 0 2
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l5 two three
1
174 5
3
0 84 0 1
0 170 2 3
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t8 l5 zero one
1
174 5
3
0 84 0 1
0 170 1 4
0 146 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l0 one two
1
174 0
3
0 85 0 1
0 170 3 1
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l0 three four
1
174 0
3
0 85 0 1
0 170 0 2
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l0 two three
1
174 0
3
0 85 0 1
0 170 2 3
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l0 zero one
1
174 0
3
0 85 0 1
0 170 1 4
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l1 one two
1
174 1
3
0 86 0 1
0 170 3 1
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l1 three four
1
174 1
3
0 86 0 1
0 170 0 2
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l1 two three
1
174 1
3
0 86 0 1
0 170 2 3
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l1 zero one
1
174 1
3
0 86 0 1
0 170 1 4
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l2 one two
1
174 2
3
0 87 0 1
0 170 3 1
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l2 three four
1
174 2
3
0 87 0 1
0 170 0 2
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l2 two three
1
174 2
3
0 87 0 1
0 170 2 3
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l2 zero one
1
174 2
3
0 87 0 1
0 170 1 4
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l3 one two
1
174 3
3
0 88 0 1
0 170 3 1
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l3 three four
1
174 3
3
0 88 0 1
0 170 0 2
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l3 two three
1
174 3
3
0 88 0 1
0 170 2 3
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l3 zero one
1
174 3
3
0 88 0 1
0 170 1 4
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l4 one two
1
174 4
3
0 89 0 1
0 170 3 1
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l4 three four
1
174 4
3
0 89 0 1
0 170 0 2
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l4 two three
1
174 4
3
0 89 0 1
0 170 2 3
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l4 zero one
1
174 4
3
0 89 0 1
0 170 1 4
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l5 one two
1
174 5
3
0 90 0 1
0 170 3 1
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l5 three four
1
174 5
3
0 90 0 1
0 170 0 2
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l5 two three
1
174 5
3
0 90 0 1
0 170 2 3
0 150 -1 0
1
end_operator
begin_operator
pickup-tank d3 t9 l5 zero one
1
174 5
3
0 90 0 1
0 170 1 4
0 150 -1 0
1
end_operator
begin_operator
prepare-tank d0 t0 t1 one two
1
171 6
4
0 167 3 1
0 151 -1 0
0 91 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d0 t0 t1 three four
1
171 6
4
0 167 0 2
0 151 -1 0
0 91 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d0 t0 t1 two three
1
171 6
4
0 167 2 3
0 151 -1 0
0 91 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d0 t0 t1 zero one
1
171 6
4
0 167 1 4
0 151 -1 0
0 91 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d0 t1 t2 one two
1
171 6
4
0 167 3 1
0 152 -1 0
0 95 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d0 t1 t2 three four
1
171 6
4
0 167 0 2
0 152 -1 0
0 95 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d0 t1 t2 two three
1
171 6
4
0 167 2 3
0 152 -1 0
0 95 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d0 t1 t2 zero one
1
171 6
4
0 167 1 4
0 152 -1 0
0 95 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d0 t10 t11 one two
1
171 6
4
0 167 3 1
0 153 -1 0
0 99 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d0 t10 t11 three four
1
171 6
4
0 167 0 2
0 153 -1 0
0 99 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d0 t10 t11 two three
1
171 6
4
0 167 2 3
0 153 -1 0
0 99 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d0 t10 t11 zero one
1
171 6
4
0 167 1 4
0 153 -1 0
0 99 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d0 t11 t12 one two
1
171 6
4
0 167 3 1
0 154 -1 0
0 103 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d0 t11 t12 three four
1
171 6
4
0 167 0 2
0 154 -1 0
0 103 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d0 t11 t12 two three
1
171 6
4
0 167 2 3
0 154 -1 0
0 103 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d0 t11 t12 zero one
1
171 6
4
0 167 1 4
0 154 -1 0
0 103 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d0 t12 t13 one two
1
171 6
4
0 167 3 1
0 155 -1 0
0 107 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d0 t12 t13 three four
1
171 6
4
0 167 0 2
0 155 -1 0
0 107 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d0 t12 t13 two three
1
171 6
4
0 167 2 3
0 155 -1 0
0 107 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d0 t12 t13 zero one
1
171 6
4
0 167 1 4
0 155 -1 0
0 107 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d0 t13 t14 one two
1
171 6
4
0 167 3 1
0 156 -1 0
0 111 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d0 t13 t14 three four
1
171 6
4
0 167 0 2
0 156 -1 0
0 111 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d0 t13 t14 two three
1
171 6
4
0 167 2 3
0 156 -1 0
0 111 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d0 t13 t14 zero one
1
171 6
4
0 167 1 4
0 156 -1 0
0 111 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d0 t14 dummy one two
1
171 6
4
0 167 3 1
0 157 -1 0
0 115 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d0 t14 dummy three four
1
171 6
4
0 167 0 2
0 157 -1 0
0 115 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d0 t14 dummy two three
1
171 6
4
0 167 2 3
0 157 -1 0
0 115 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d0 t14 dummy zero one
1
171 6
4
0 167 1 4
0 157 -1 0
0 115 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d0 t2 t3 one two
1
171 6
4
0 167 3 1
0 158 -1 0
0 119 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d0 t2 t3 three four
1
171 6
4
0 167 0 2
0 158 -1 0
0 119 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d0 t2 t3 two three
1
171 6
4
0 167 2 3
0 158 -1 0
0 119 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d0 t2 t3 zero one
1
171 6
4
0 167 1 4
0 158 -1 0
0 119 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d0 t3 t4 one two
1
171 6
4
0 167 3 1
0 159 -1 0
0 123 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d0 t3 t4 three four
1
171 6
4
0 167 0 2
0 159 -1 0
0 123 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d0 t3 t4 two three
1
171 6
4
0 167 2 3
0 159 -1 0
0 123 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d0 t3 t4 zero one
1
171 6
4
0 167 1 4
0 159 -1 0
0 123 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d0 t4 t5 one two
1
171 6
4
0 167 3 1
0 160 -1 0
0 127 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d0 t4 t5 three four
1
171 6
4
0 167 0 2
0 160 -1 0
0 127 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d0 t4 t5 two three
1
171 6
4
0 167 2 3
0 160 -1 0
0 127 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d0 t4 t5 zero one
1
171 6
4
0 167 1 4
0 160 -1 0
0 127 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d0 t5 t6 one two
1
171 6
4
0 167 3 1
0 161 -1 0
0 131 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d0 t5 t6 three four
1
171 6
4
0 167 0 2
0 161 -1 0
0 131 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d0 t5 t6 two three
1
171 6
4
0 167 2 3
0 161 -1 0
0 131 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d0 t5 t6 zero one
1
171 6
4
0 167 1 4
0 161 -1 0
0 131 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d0 t6 t7 one two
1
171 6
4
0 167 3 1
0 162 -1 0
0 135 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d0 t6 t7 three four
1
171 6
4
0 167 0 2
0 162 -1 0
0 135 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d0 t6 t7 two three
1
171 6
4
0 167 2 3
0 162 -1 0
0 135 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d0 t6 t7 zero one
1
171 6
4
0 167 1 4
0 162 -1 0
0 135 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d0 t7 t8 one two
1
171 6
4
0 167 3 1
0 163 -1 0
0 139 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d0 t7 t8 three four
1
171 6
4
0 167 0 2
0 163 -1 0
0 139 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d0 t7 t8 two three
1
171 6
4
0 167 2 3
0 163 -1 0
0 139 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d0 t7 t8 zero one
1
171 6
4
0 167 1 4
0 163 -1 0
0 139 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d0 t8 t9 one two
1
171 6
4
0 167 3 1
0 164 -1 0
0 143 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d0 t8 t9 three four
1
171 6
4
0 167 0 2
0 164 -1 0
0 143 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d0 t8 t9 two three
1
171 6
4
0 167 2 3
0 164 -1 0
0 143 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d0 t8 t9 zero one
1
171 6
4
0 167 1 4
0 164 -1 0
0 143 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d0 t9 t10 one two
1
171 6
4
0 167 3 1
0 165 -1 0
0 147 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d0 t9 t10 three four
1
171 6
4
0 167 0 2
0 165 -1 0
0 147 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d0 t9 t10 two three
1
171 6
4
0 167 2 3
0 165 -1 0
0 147 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d0 t9 t10 zero one
1
171 6
4
0 167 1 4
0 165 -1 0
0 147 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d1 t0 t1 one two
1
172 6
4
0 168 3 1
0 151 -1 0
0 92 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d1 t0 t1 three four
1
172 6
4
0 168 0 2
0 151 -1 0
0 92 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d1 t0 t1 two three
1
172 6
4
0 168 2 3
0 151 -1 0
0 92 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d1 t0 t1 zero one
1
172 6
4
0 168 1 4
0 151 -1 0
0 92 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d1 t1 t2 one two
1
172 6
4
0 168 3 1
0 152 -1 0
0 96 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d1 t1 t2 three four
1
172 6
4
0 168 0 2
0 152 -1 0
0 96 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d1 t1 t2 two three
1
172 6
4
0 168 2 3
0 152 -1 0
0 96 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d1 t1 t2 zero one
1
172 6
4
0 168 1 4
0 152 -1 0
0 96 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d1 t10 t11 one two
1
172 6
4
0 168 3 1
0 153 -1 0
0 100 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d1 t10 t11 three four
1
172 6
4
0 168 0 2
0 153 -1 0
0 100 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d1 t10 t11 two three
1
172 6
4
0 168 2 3
0 153 -1 0
0 100 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d1 t10 t11 zero one
1
172 6
4
0 168 1 4
0 153 -1 0
0 100 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d1 t11 t12 one two
1
172 6
4
0 168 3 1
0 154 -1 0
0 104 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d1 t11 t12 three four
1
172 6
4
0 168 0 2
0 154 -1 0
0 104 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d1 t11 t12 two three
1
172 6
4
0 168 2 3
0 154 -1 0
0 104 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d1 t11 t12 zero one
1
172 6
4
0 168 1 4
0 154 -1 0
0 104 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d1 t12 t13 one two
1
172 6
4
0 168 3 1
0 155 -1 0
0 108 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d1 t12 t13 three four
1
172 6
4
0 168 0 2
0 155 -1 0
0 108 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d1 t12 t13 two three
1
172 6
4
0 168 2 3
0 155 -1 0
0 108 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d1 t12 t13 zero one
1
172 6
4
0 168 1 4
0 155 -1 0
0 108 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d1 t13 t14 one two
1
172 6
4
0 168 3 1
0 156 -1 0
0 112 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d1 t13 t14 three four
1
172 6
4
0 168 0 2
0 156 -1 0
0 112 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d1 t13 t14 two three
1
172 6
4
0 168 2 3
0 156 -1 0
0 112 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d1 t13 t14 zero one
1
172 6
4
0 168 1 4
0 156 -1 0
0 112 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d1 t14 dummy one two
1
172 6
4
0 168 3 1
0 157 -1 0
0 116 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d1 t14 dummy three four
1
172 6
4
0 168 0 2
0 157 -1 0
0 116 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d1 t14 dummy two three
1
172 6
4
0 168 2 3
0 157 -1 0
0 116 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d1 t14 dummy zero one
1
172 6
4
0 168 1 4
0 157 -1 0
0 116 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d1 t2 t3 one two
1
172 6
4
0 168 3 1
0 158 -1 0
0 120 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d1 t2 t3 three four
1
172 6
4
0 168 0 2
0 158 -1 0
0 120 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d1 t2 t3 two three
1
172 6
4
0 168 2 3
0 158 -1 0
0 120 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d1 t2 t3 zero one
1
172 6
4
0 168 1 4
0 158 -1 0
0 120 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d1 t3 t4 one two
1
172 6
4
0 168 3 1
0 159 -1 0
0 124 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d1 t3 t4 three four
1
172 6
4
0 168 0 2
0 159 -1 0
0 124 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d1 t3 t4 two three
1
172 6
4
0 168 2 3
0 159 -1 0
0 124 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d1 t3 t4 zero one
1
172 6
4
0 168 1 4
0 159 -1 0
0 124 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d1 t4 t5 one two
1
172 6
4
0 168 3 1
0 160 -1 0
0 128 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d1 t4 t5 three four
1
172 6
4
0 168 0 2
0 160 -1 0
0 128 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d1 t4 t5 two three
1
172 6
4
0 168 2 3
0 160 -1 0
0 128 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d1 t4 t5 zero one
1
172 6
4
0 168 1 4
0 160 -1 0
0 128 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d1 t5 t6 one two
1
172 6
4
0 168 3 1
0 161 -1 0
0 132 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d1 t5 t6 three four
1
172 6
4
0 168 0 2
0 161 -1 0
0 132 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d1 t5 t6 two three
1
172 6
4
0 168 2 3
0 161 -1 0
0 132 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d1 t5 t6 zero one
1
172 6
4
0 168 1 4
0 161 -1 0
0 132 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d1 t6 t7 one two
1
172 6
4
0 168 3 1
0 162 -1 0
0 136 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d1 t6 t7 three four
1
172 6
4
0 168 0 2
0 162 -1 0
0 136 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d1 t6 t7 two three
1
172 6
4
0 168 2 3
0 162 -1 0
0 136 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d1 t6 t7 zero one
1
172 6
4
0 168 1 4
0 162 -1 0
0 136 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d1 t7 t8 one two
1
172 6
4
0 168 3 1
0 163 -1 0
0 140 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d1 t7 t8 three four
1
172 6
4
0 168 0 2
0 163 -1 0
0 140 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d1 t7 t8 two three
1
172 6
4
0 168 2 3
0 163 -1 0
0 140 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d1 t7 t8 zero one
1
172 6
4
0 168 1 4
0 163 -1 0
0 140 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d1 t8 t9 one two
1
172 6
4
0 168 3 1
0 164 -1 0
0 144 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d1 t8 t9 three four
1
172 6
4
0 168 0 2
0 164 -1 0
0 144 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d1 t8 t9 two three
1
172 6
4
0 168 2 3
0 164 -1 0
0 144 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d1 t8 t9 zero one
1
172 6
4
0 168 1 4
0 164 -1 0
0 144 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d1 t9 t10 one two
1
172 6
4
0 168 3 1
0 165 -1 0
0 148 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d1 t9 t10 three four
1
172 6
4
0 168 0 2
0 165 -1 0
0 148 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d1 t9 t10 two three
1
172 6
4
0 168 2 3
0 165 -1 0
0 148 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d1 t9 t10 zero one
1
172 6
4
0 168 1 4
0 165 -1 0
0 148 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d2 t0 t1 one two
1
173 6
4
0 169 3 1
0 151 -1 0
0 93 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d2 t0 t1 three four
1
173 6
4
0 169 0 2
0 151 -1 0
0 93 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d2 t0 t1 two three
1
173 6
4
0 169 2 3
0 151 -1 0
0 93 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d2 t0 t1 zero one
1
173 6
4
0 169 1 4
0 151 -1 0
0 93 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d2 t1 t2 one two
1
173 6
4
0 169 3 1
0 152 -1 0
0 97 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d2 t1 t2 three four
1
173 6
4
0 169 0 2
0 152 -1 0
0 97 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d2 t1 t2 two three
1
173 6
4
0 169 2 3
0 152 -1 0
0 97 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d2 t1 t2 zero one
1
173 6
4
0 169 1 4
0 152 -1 0
0 97 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d2 t10 t11 one two
1
173 6
4
0 169 3 1
0 153 -1 0
0 101 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d2 t10 t11 three four
1
173 6
4
0 169 0 2
0 153 -1 0
0 101 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d2 t10 t11 two three
1
173 6
4
0 169 2 3
0 153 -1 0
0 101 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d2 t10 t11 zero one
1
173 6
4
0 169 1 4
0 153 -1 0
0 101 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d2 t11 t12 one two
1
173 6
4
0 169 3 1
0 154 -1 0
0 105 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d2 t11 t12 three four
1
173 6
4
0 169 0 2
0 154 -1 0
0 105 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d2 t11 t12 two three
1
173 6
4
0 169 2 3
0 154 -1 0
0 105 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d2 t11 t12 zero one
1
173 6
4
0 169 1 4
0 154 -1 0
0 105 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d2 t12 t13 one two
1
173 6
4
0 169 3 1
0 155 -1 0
0 109 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d2 t12 t13 three four
1
173 6
4
0 169 0 2
0 155 -1 0
0 109 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d2 t12 t13 two three
1
173 6
4
0 169 2 3
0 155 -1 0
0 109 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d2 t12 t13 zero one
1
173 6
4
0 169 1 4
0 155 -1 0
0 109 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d2 t13 t14 one two
1
173 6
4
0 169 3 1
0 156 -1 0
0 113 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d2 t13 t14 three four
1
173 6
4
0 169 0 2
0 156 -1 0
0 113 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d2 t13 t14 two three
1
173 6
4
0 169 2 3
0 156 -1 0
0 113 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d2 t13 t14 zero one
1
173 6
4
0 169 1 4
0 156 -1 0
0 113 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d2 t14 dummy one two
1
173 6
4
0 169 3 1
0 157 -1 0
0 117 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d2 t14 dummy three four
1
173 6
4
0 169 0 2
0 157 -1 0
0 117 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d2 t14 dummy two three
1
173 6
4
0 169 2 3
0 157 -1 0
0 117 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d2 t14 dummy zero one
1
173 6
4
0 169 1 4
0 157 -1 0
0 117 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d2 t2 t3 one two
1
173 6
4
0 169 3 1
0 158 -1 0
0 121 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d2 t2 t3 three four
1
173 6
4
0 169 0 2
0 158 -1 0
0 121 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d2 t2 t3 two three
1
173 6
4
0 169 2 3
0 158 -1 0
0 121 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d2 t2 t3 zero one
1
173 6
4
0 169 1 4
0 158 -1 0
0 121 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d2 t3 t4 one two
1
173 6
4
0 169 3 1
0 159 -1 0
0 125 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d2 t3 t4 three four
1
173 6
4
0 169 0 2
0 159 -1 0
0 125 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d2 t3 t4 two three
1
173 6
4
0 169 2 3
0 159 -1 0
0 125 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d2 t3 t4 zero one
1
173 6
4
0 169 1 4
0 159 -1 0
0 125 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d2 t4 t5 one two
1
173 6
4
0 169 3 1
0 160 -1 0
0 129 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d2 t4 t5 three four
1
173 6
4
0 169 0 2
0 160 -1 0
0 129 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d2 t4 t5 two three
1
173 6
4
0 169 2 3
0 160 -1 0
0 129 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d2 t4 t5 zero one
1
173 6
4
0 169 1 4
0 160 -1 0
0 129 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d2 t5 t6 one two
1
173 6
4
0 169 3 1
0 161 -1 0
0 133 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d2 t5 t6 three four
1
173 6
4
0 169 0 2
0 161 -1 0
0 133 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d2 t5 t6 two three
1
173 6
4
0 169 2 3
0 161 -1 0
0 133 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d2 t5 t6 zero one
1
173 6
4
0 169 1 4
0 161 -1 0
0 133 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d2 t6 t7 one two
1
173 6
4
0 169 3 1
0 162 -1 0
0 137 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d2 t6 t7 three four
1
173 6
4
0 169 0 2
0 162 -1 0
0 137 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d2 t6 t7 two three
1
173 6
4
0 169 2 3
0 162 -1 0
0 137 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d2 t6 t7 zero one
1
173 6
4
0 169 1 4
0 162 -1 0
0 137 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d2 t7 t8 one two
1
173 6
4
0 169 3 1
0 163 -1 0
0 141 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d2 t7 t8 three four
1
173 6
4
0 169 0 2
0 163 -1 0
0 141 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d2 t7 t8 two three
1
173 6
4
0 169 2 3
0 163 -1 0
0 141 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d2 t7 t8 zero one
1
173 6
4
0 169 1 4
0 163 -1 0
0 141 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d2 t8 t9 one two
1
173 6
4
0 169 3 1
0 164 -1 0
0 145 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d2 t8 t9 three four
1
173 6
4
0 169 0 2
0 164 -1 0
0 145 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d2 t8 t9 two three
1
173 6
4
0 169 2 3
0 164 -1 0
0 145 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d2 t8 t9 zero one
1
173 6
4
0 169 1 4
0 164 -1 0
0 145 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d2 t9 t10 one two
1
173 6
4
0 169 3 1
0 165 -1 0
0 149 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d2 t9 t10 three four
1
173 6
4
0 169 0 2
0 165 -1 0
0 149 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d2 t9 t10 two three
1
173 6
4
0 169 2 3
0 165 -1 0
0 149 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d2 t9 t10 zero one
1
173 6
4
0 169 1 4
0 165 -1 0
0 149 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d3 t0 t1 one two
1
174 6
4
0 170 3 1
0 151 -1 0
0 94 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d3 t0 t1 three four
1
174 6
4
0 170 0 2
0 151 -1 0
0 94 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d3 t0 t1 two three
1
174 6
4
0 170 2 3
0 151 -1 0
0 94 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d3 t0 t1 zero one
1
174 6
4
0 170 1 4
0 151 -1 0
0 94 -1 0
0 166 1 2
1
end_operator
begin_operator
prepare-tank d3 t1 t2 one two
1
174 6
4
0 170 3 1
0 152 -1 0
0 98 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d3 t1 t2 three four
1
174 6
4
0 170 0 2
0 152 -1 0
0 98 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d3 t1 t2 two three
1
174 6
4
0 170 2 3
0 152 -1 0
0 98 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d3 t1 t2 zero one
1
174 6
4
0 170 1 4
0 152 -1 0
0 98 -1 0
0 166 2 8
1
end_operator
begin_operator
prepare-tank d3 t10 t11 one two
1
174 6
4
0 170 3 1
0 153 -1 0
0 102 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d3 t10 t11 three four
1
174 6
4
0 170 0 2
0 153 -1 0
0 102 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d3 t10 t11 two three
1
174 6
4
0 170 2 3
0 153 -1 0
0 102 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d3 t10 t11 zero one
1
174 6
4
0 170 1 4
0 153 -1 0
0 102 -1 0
0 166 3 4
1
end_operator
begin_operator
prepare-tank d3 t11 t12 one two
1
174 6
4
0 170 3 1
0 154 -1 0
0 106 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d3 t11 t12 three four
1
174 6
4
0 170 0 2
0 154 -1 0
0 106 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d3 t11 t12 two three
1
174 6
4
0 170 2 3
0 154 -1 0
0 106 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d3 t11 t12 zero one
1
174 6
4
0 170 1 4
0 154 -1 0
0 106 -1 0
0 166 4 5
1
end_operator
begin_operator
prepare-tank d3 t12 t13 one two
1
174 6
4
0 170 3 1
0 155 -1 0
0 110 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d3 t12 t13 three four
1
174 6
4
0 170 0 2
0 155 -1 0
0 110 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d3 t12 t13 two three
1
174 6
4
0 170 2 3
0 155 -1 0
0 110 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d3 t12 t13 zero one
1
174 6
4
0 170 1 4
0 155 -1 0
0 110 -1 0
0 166 5 6
1
end_operator
begin_operator
prepare-tank d3 t13 t14 one two
1
174 6
4
0 170 3 1
0 156 -1 0
0 114 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d3 t13 t14 three four
1
174 6
4
0 170 0 2
0 156 -1 0
0 114 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d3 t13 t14 two three
1
174 6
4
0 170 2 3
0 156 -1 0
0 114 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d3 t13 t14 zero one
1
174 6
4
0 170 1 4
0 156 -1 0
0 114 -1 0
0 166 6 7
1
end_operator
begin_operator
prepare-tank d3 t14 dummy one two
1
174 6
4
0 170 3 1
0 157 -1 0
0 118 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d3 t14 dummy three four
1
174 6
4
0 170 0 2
0 157 -1 0
0 118 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d3 t14 dummy two three
1
174 6
4
0 170 2 3
0 157 -1 0
0 118 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d3 t14 dummy zero one
1
174 6
4
0 170 1 4
0 157 -1 0
0 118 -1 0
0 166 7 0
1
end_operator
begin_operator
prepare-tank d3 t2 t3 one two
1
174 6
4
0 170 3 1
0 158 -1 0
0 122 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d3 t2 t3 three four
1
174 6
4
0 170 0 2
0 158 -1 0
0 122 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d3 t2 t3 two three
1
174 6
4
0 170 2 3
0 158 -1 0
0 122 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d3 t2 t3 zero one
1
174 6
4
0 170 1 4
0 158 -1 0
0 122 -1 0
0 166 8 9
1
end_operator
begin_operator
prepare-tank d3 t3 t4 one two
1
174 6
4
0 170 3 1
0 159 -1 0
0 126 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d3 t3 t4 three four
1
174 6
4
0 170 0 2
0 159 -1 0
0 126 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d3 t3 t4 two three
1
174 6
4
0 170 2 3
0 159 -1 0
0 126 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d3 t3 t4 zero one
1
174 6
4
0 170 1 4
0 159 -1 0
0 126 -1 0
0 166 9 10
1
end_operator
begin_operator
prepare-tank d3 t4 t5 one two
1
174 6
4
0 170 3 1
0 160 -1 0
0 130 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d3 t4 t5 three four
1
174 6
4
0 170 0 2
0 160 -1 0
0 130 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d3 t4 t5 two three
1
174 6
4
0 170 2 3
0 160 -1 0
0 130 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d3 t4 t5 zero one
1
174 6
4
0 170 1 4
0 160 -1 0
0 130 -1 0
0 166 10 11
1
end_operator
begin_operator
prepare-tank d3 t5 t6 one two
1
174 6
4
0 170 3 1
0 161 -1 0
0 134 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d3 t5 t6 three four
1
174 6
4
0 170 0 2
0 161 -1 0
0 134 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d3 t5 t6 two three
1
174 6
4
0 170 2 3
0 161 -1 0
0 134 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d3 t5 t6 zero one
1
174 6
4
0 170 1 4
0 161 -1 0
0 134 -1 0
0 166 11 12
1
end_operator
begin_operator
prepare-tank d3 t6 t7 one two
1
174 6
4
0 170 3 1
0 162 -1 0
0 138 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d3 t6 t7 three four
1
174 6
4
0 170 0 2
0 162 -1 0
0 138 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d3 t6 t7 two three
1
174 6
4
0 170 2 3
0 162 -1 0
0 138 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d3 t6 t7 zero one
1
174 6
4
0 170 1 4
0 162 -1 0
0 138 -1 0
0 166 12 13
1
end_operator
begin_operator
prepare-tank d3 t7 t8 one two
1
174 6
4
0 170 3 1
0 163 -1 0
0 142 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d3 t7 t8 three four
1
174 6
4
0 170 0 2
0 163 -1 0
0 142 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d3 t7 t8 two three
1
174 6
4
0 170 2 3
0 163 -1 0
0 142 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d3 t7 t8 zero one
1
174 6
4
0 170 1 4
0 163 -1 0
0 142 -1 0
0 166 13 14
1
end_operator
begin_operator
prepare-tank d3 t8 t9 one two
1
174 6
4
0 170 3 1
0 164 -1 0
0 146 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d3 t8 t9 three four
1
174 6
4
0 170 0 2
0 164 -1 0
0 146 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d3 t8 t9 two three
1
174 6
4
0 170 2 3
0 164 -1 0
0 146 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d3 t8 t9 zero one
1
174 6
4
0 170 1 4
0 164 -1 0
0 146 -1 0
0 166 14 15
1
end_operator
begin_operator
prepare-tank d3 t9 t10 one two
1
174 6
4
0 170 3 1
0 165 -1 0
0 150 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d3 t9 t10 three four
1
174 6
4
0 170 0 2
0 165 -1 0
0 150 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d3 t9 t10 two three
1
174 6
4
0 170 2 3
0 165 -1 0
0 150 -1 0
0 166 15 3
1
end_operator
begin_operator
prepare-tank d3 t9 t10 zero one
1
174 6
4
0 170 1 4
0 165 -1 0
0 150 -1 0
0 166 15 3
1
end_operator
begin_operator
swim d0 t0 l0 l1
1
91 0
2
0 171 0 1
0 151 0 1
1
end_operator
begin_operator
swim d0 t0 l1 l0
1
91 0
2
0 171 1 0
0 151 0 1
1
end_operator
begin_operator
swim d0 t0 l1 l2
1
91 0
2
0 171 1 2
0 151 0 1
1
end_operator
begin_operator
swim d0 t0 l1 l4
1
91 0
2
0 171 1 4
0 151 0 1
1
end_operator
begin_operator
swim d0 t0 l1 l5
1
91 0
2
0 171 1 5
0 151 0 1
1
end_operator
begin_operator
swim d0 t0 l2 l1
1
91 0
2
0 171 2 1
0 151 0 1
1
end_operator
begin_operator
swim d0 t0 l2 l3
1
91 0
2
0 171 2 3
0 151 0 1
1
end_operator
begin_operator
swim d0 t0 l3 l2
1
91 0
2
0 171 3 2
0 151 0 1
1
end_operator
begin_operator
swim d0 t0 l4 l1
1
91 0
2
0 171 4 1
0 151 0 1
1
end_operator
begin_operator
swim d0 t0 l5 l1
1
91 0
2
0 171 5 1
0 151 0 1
1
end_operator
begin_operator
swim d0 t1 l0 l1
1
95 0
2
0 171 0 1
0 152 0 1
1
end_operator
begin_operator
swim d0 t1 l1 l0
1
95 0
2
0 171 1 0
0 152 0 1
1
end_operator
begin_operator
swim d0 t1 l1 l2
1
95 0
2
0 171 1 2
0 152 0 1
1
end_operator
begin_operator
swim d0 t1 l1 l4
1
95 0
2
0 171 1 4
0 152 0 1
1
end_operator
begin_operator
swim d0 t1 l1 l5
1
95 0
2
0 171 1 5
0 152 0 1
1
end_operator
begin_operator
swim d0 t1 l2 l1
1
95 0
2
0 171 2 1
0 152 0 1
1
end_operator
begin_operator
swim d0 t1 l2 l3
1
95 0
2
0 171 2 3
0 152 0 1
1
end_operator
begin_operator
swim d0 t1 l3 l2
1
95 0
2
0 171 3 2
0 152 0 1
1
end_operator
begin_operator
swim d0 t1 l4 l1
1
95 0
2
0 171 4 1
0 152 0 1
1
end_operator
begin_operator
swim d0 t1 l5 l1
1
95 0
2
0 171 5 1
0 152 0 1
1
end_operator
begin_operator
swim d0 t10 l0 l1
1
99 0
2
0 171 0 1
0 153 0 1
1
end_operator
begin_operator
swim d0 t10 l1 l0
1
99 0
2
0 171 1 0
0 153 0 1
1
end_operator
begin_operator
swim d0 t10 l1 l2
1
99 0
2
0 171 1 2
0 153 0 1
1
end_operator
begin_operator
swim d0 t10 l1 l4
1
99 0
2
0 171 1 4
0 153 0 1
1
end_operator
begin_operator
swim d0 t10 l1 l5
1
99 0
2
0 171 1 5
0 153 0 1
1
end_operator
begin_operator
swim d0 t10 l2 l1
1
99 0
2
0 171 2 1
0 153 0 1
1
end_operator
begin_operator
swim d0 t10 l2 l3
1
99 0
2
0 171 2 3
0 153 0 1
1
end_operator
begin_operator
swim d0 t10 l3 l2
1
99 0
2
0 171 3 2
0 153 0 1
1
end_operator
begin_operator
swim d0 t10 l4 l1
1
99 0
2
0 171 4 1
0 153 0 1
1
end_operator
begin_operator
swim d0 t10 l5 l1
1
99 0
2
0 171 5 1
0 153 0 1
1
end_operator
begin_operator
swim d0 t11 l0 l1
1
103 0
2
0 171 0 1
0 154 0 1
1
end_operator
begin_operator
swim d0 t11 l1 l0
1
103 0
2
0 171 1 0
0 154 0 1
1
end_operator
begin_operator
swim d0 t11 l1 l2
1
103 0
2
0 171 1 2
0 154 0 1
1
end_operator
begin_operator
swim d0 t11 l1 l4
1
103 0
2
0 171 1 4
0 154 0 1
1
end_operator
begin_operator
swim d0 t11 l1 l5
1
103 0
2
0 171 1 5
0 154 0 1
1
end_operator
begin_operator
swim d0 t11 l2 l1
1
103 0
2
0 171 2 1
0 154 0 1
1
end_operator
begin_operator
swim d0 t11 l2 l3
1
103 0
2
0 171 2 3
0 154 0 1
1
end_operator
begin_operator
swim d0 t11 l3 l2
1
103 0
2
0 171 3 2
0 154 0 1
1
end_operator
begin_operator
swim d0 t11 l4 l1
1
103 0
2
0 171 4 1
0 154 0 1
1
end_operator
begin_operator
swim d0 t11 l5 l1
1
103 0
2
0 171 5 1
0 154 0 1
1
end_operator
begin_operator
swim d0 t12 l0 l1
1
107 0
2
0 171 0 1
0 155 0 1
1
end_operator
begin_operator
swim d0 t12 l1 l0
1
107 0
2
0 171 1 0
0 155 0 1
1
end_operator
begin_operator
swim d0 t12 l1 l2
1
107 0
2
0 171 1 2
0 155 0 1
1
end_operator
begin_operator
swim d0 t12 l1 l4
1
107 0
2
0 171 1 4
0 155 0 1
1
end_operator
begin_operator
swim d0 t12 l1 l5
1
107 0
2
0 171 1 5
0 155 0 1
1
end_operator
begin_operator
swim d0 t12 l2 l1
1
107 0
2
0 171 2 1
0 155 0 1
1
end_operator
begin_operator
swim d0 t12 l2 l3
1
107 0
2
0 171 2 3
0 155 0 1
1
end_operator
begin_operator
swim d0 t12 l3 l2
1
107 0
2
0 171 3 2
0 155 0 1
1
end_operator
begin_operator
swim d0 t12 l4 l1
1
107 0
2
0 171 4 1
0 155 0 1
1
end_operator
begin_operator
swim d0 t12 l5 l1
1
107 0
2
0 171 5 1
0 155 0 1
1
end_operator
begin_operator
swim d0 t13 l0 l1
1
111 0
2
0 171 0 1
0 156 0 1
1
end_operator
begin_operator
swim d0 t13 l1 l0
1
111 0
2
0 171 1 0
0 156 0 1
1
end_operator
begin_operator
swim d0 t13 l1 l2
1
111 0
2
0 171 1 2
0 156 0 1
1
end_operator
begin_operator
swim d0 t13 l1 l4
1
111 0
2
0 171 1 4
0 156 0 1
1
end_operator
begin_operator
swim d0 t13 l1 l5
1
111 0
2
0 171 1 5
0 156 0 1
1
end_operator
begin_operator
swim d0 t13 l2 l1
1
111 0
2
0 171 2 1
0 156 0 1
1
end_operator
begin_operator
swim d0 t13 l2 l3
1
111 0
2
0 171 2 3
0 156 0 1
1
end_operator
begin_operator
swim d0 t13 l3 l2
1
111 0
2
0 171 3 2
0 156 0 1
1
end_operator
begin_operator
swim d0 t13 l4 l1
1
111 0
2
0 171 4 1
0 156 0 1
1
end_operator
begin_operator
swim d0 t13 l5 l1
1
111 0
2
0 171 5 1
0 156 0 1
1
end_operator
begin_operator
swim d0 t14 l0 l1
1
115 0
2
0 171 0 1
0 157 0 1
1
end_operator
begin_operator
swim d0 t14 l1 l0
1
115 0
2
0 171 1 0
0 157 0 1
1
end_operator
begin_operator
swim d0 t14 l1 l2
1
115 0
2
0 171 1 2
0 157 0 1
1
end_operator
begin_operator
swim d0 t14 l1 l4
1
115 0
2
0 171 1 4
0 157 0 1
1
end_operator
begin_operator
swim d0 t14 l1 l5
1
115 0
2
0 171 1 5
0 157 0 1
1
end_operator
begin_operator
swim d0 t14 l2 l1
1
115 0
2
0 171 2 1
0 157 0 1
1
end_operator
begin_operator
swim d0 t14 l2 l3
1
115 0
2
0 171 2 3
0 157 0 1
1
end_operator
begin_operator
swim d0 t14 l3 l2
1
115 0
2
0 171 3 2
0 157 0 1
1
end_operator
begin_operator
swim d0 t14 l4 l1
1
115 0
2
0 171 4 1
0 157 0 1
1
end_operator
begin_operator
swim d0 t14 l5 l1
1
115 0
2
0 171 5 1
0 157 0 1
1
end_operator
begin_operator
swim d0 t2 l0 l1
1
119 0
2
0 171 0 1
0 158 0 1
1
end_operator
begin_operator
swim d0 t2 l1 l0
1
119 0
2
0 171 1 0
0 158 0 1
1
end_operator
begin_operator
swim d0 t2 l1 l2
1
119 0
2
0 171 1 2
0 158 0 1
1
end_operator
begin_operator
swim d0 t2 l1 l4
1
119 0
2
0 171 1 4
0 158 0 1
1
end_operator
begin_operator
swim d0 t2 l1 l5
1
119 0
2
0 171 1 5
0 158 0 1
1
end_operator
begin_operator
swim d0 t2 l2 l1
1
119 0
2
0 171 2 1
0 158 0 1
1
end_operator
begin_operator
swim d0 t2 l2 l3
1
119 0
2
0 171 2 3
0 158 0 1
1
end_operator
begin_operator
swim d0 t2 l3 l2
1
119 0
2
0 171 3 2
0 158 0 1
1
end_operator
begin_operator
swim d0 t2 l4 l1
1
119 0
2
0 171 4 1
0 158 0 1
1
end_operator
begin_operator
swim d0 t2 l5 l1
1
119 0
2
0 171 5 1
0 158 0 1
1
end_operator
begin_operator
swim d0 t3 l0 l1
1
123 0
2
0 171 0 1
0 159 0 1
1
end_operator
begin_operator
swim d0 t3 l1 l0
1
123 0
2
0 171 1 0
0 159 0 1
1
end_operator
begin_operator
swim d0 t3 l1 l2
1
123 0
2
0 171 1 2
0 159 0 1
1
end_operator
begin_operator
swim d0 t3 l1 l4
1
123 0
2
0 171 1 4
0 159 0 1
1
end_operator
begin_operator
swim d0 t3 l1 l5
1
123 0
2
0 171 1 5
0 159 0 1
1
end_operator
begin_operator
swim d0 t3 l2 l1
1
123 0
2
0 171 2 1
0 159 0 1
1
end_operator
begin_operator
swim d0 t3 l2 l3
1
123 0
2
0 171 2 3
0 159 0 1
1
end_operator
begin_operator
swim d0 t3 l3 l2
1
123 0
2
0 171 3 2
0 159 0 1
1
end_operator
begin_operator
swim d0 t3 l4 l1
1
123 0
2
0 171 4 1
0 159 0 1
1
end_operator
begin_operator
swim d0 t3 l5 l1
1
123 0
2
0 171 5 1
0 159 0 1
1
end_operator
begin_operator
swim d0 t4 l0 l1
1
127 0
2
0 171 0 1
0 160 0 1
1
end_operator
begin_operator
swim d0 t4 l1 l0
1
127 0
2
0 171 1 0
0 160 0 1
1
end_operator
begin_operator
swim d0 t4 l1 l2
1
127 0
2
0 171 1 2
0 160 0 1
1
end_operator
begin_operator
swim d0 t4 l1 l4
1
127 0
2
0 171 1 4
0 160 0 1
1
end_operator
begin_operator
swim d0 t4 l1 l5
1
127 0
2
0 171 1 5
0 160 0 1
1
end_operator
begin_operator
swim d0 t4 l2 l1
1
127 0
2
0 171 2 1
0 160 0 1
1
end_operator
begin_operator
swim d0 t4 l2 l3
1
127 0
2
0 171 2 3
0 160 0 1
1
end_operator
begin_operator
swim d0 t4 l3 l2
1
127 0
2
0 171 3 2
0 160 0 1
1
end_operator
begin_operator
swim d0 t4 l4 l1
1
127 0
2
0 171 4 1
0 160 0 1
1
end_operator
begin_operator
swim d0 t4 l5 l1
1
127 0
2
0 171 5 1
0 160 0 1
1
end_operator
begin_operator
swim d0 t5 l0 l1
1
131 0
2
0 171 0 1
0 161 0 1
1
end_operator
begin_operator
swim d0 t5 l1 l0
1
131 0
2
0 171 1 0
0 161 0 1
1
end_operator
begin_operator
swim d0 t5 l1 l2
1
131 0
2
0 171 1 2
0 161 0 1
1
end_operator
begin_operator
swim d0 t5 l1 l4
1
131 0
2
0 171 1 4
0 161 0 1
1
end_operator
begin_operator
swim d0 t5 l1 l5
1
131 0
2
0 171 1 5
0 161 0 1
1
end_operator
begin_operator
swim d0 t5 l2 l1
1
131 0
2
0 171 2 1
0 161 0 1
1
end_operator
begin_operator
swim d0 t5 l2 l3
1
131 0
2
0 171 2 3
0 161 0 1
1
end_operator
begin_operator
swim d0 t5 l3 l2
1
131 0
2
0 171 3 2
0 161 0 1
1
end_operator
begin_operator
swim d0 t5 l4 l1
1
131 0
2
0 171 4 1
0 161 0 1
1
end_operator
begin_operator
swim d0 t5 l5 l1
1
131 0
2
0 171 5 1
0 161 0 1
1
end_operator
begin_operator
swim d0 t6 l0 l1
1
135 0
2
0 171 0 1
0 162 0 1
1
end_operator
begin_operator
swim d0 t6 l1 l0
1
135 0
2
0 171 1 0
0 162 0 1
1
end_operator
begin_operator
swim d0 t6 l1 l2
1
135 0
2
0 171 1 2
0 162 0 1
1
end_operator
begin_operator
swim d0 t6 l1 l4
1
135 0
2
0 171 1 4
0 162 0 1
1
end_operator
begin_operator
swim d0 t6 l1 l5
1
135 0
2
0 171 1 5
0 162 0 1
1
end_operator
begin_operator
swim d0 t6 l2 l1
1
135 0
2
0 171 2 1
0 162 0 1
1
end_operator
begin_operator
swim d0 t6 l2 l3
1
135 0
2
0 171 2 3
0 162 0 1
1
end_operator
begin_operator
swim d0 t6 l3 l2
1
135 0
2
0 171 3 2
0 162 0 1
1
end_operator
begin_operator
swim d0 t6 l4 l1
1
135 0
2
0 171 4 1
0 162 0 1
1
end_operator
begin_operator
swim d0 t6 l5 l1
1
135 0
2
0 171 5 1
0 162 0 1
1
end_operator
begin_operator
swim d0 t7 l0 l1
1
139 0
2
0 171 0 1
0 163 0 1
1
end_operator
begin_operator
swim d0 t7 l1 l0
1
139 0
2
0 171 1 0
0 163 0 1
1
end_operator
begin_operator
swim d0 t7 l1 l2
1
139 0
2
0 171 1 2
0 163 0 1
1
end_operator
begin_operator
swim d0 t7 l1 l4
1
139 0
2
0 171 1 4
0 163 0 1
1
end_operator
begin_operator
swim d0 t7 l1 l5
1
139 0
2
0 171 1 5
0 163 0 1
1
end_operator
begin_operator
swim d0 t7 l2 l1
1
139 0
2
0 171 2 1
0 163 0 1
1
end_operator
begin_operator
swim d0 t7 l2 l3
1
139 0
2
0 171 2 3
0 163 0 1
1
end_operator
begin_operator
swim d0 t7 l3 l2
1
139 0
2
0 171 3 2
0 163 0 1
1
end_operator
begin_operator
swim d0 t7 l4 l1
1
139 0
2
0 171 4 1
0 163 0 1
1
end_operator
begin_operator
swim d0 t7 l5 l1
1
139 0
2
0 171 5 1
0 163 0 1
1
end_operator
begin_operator
swim d0 t8 l0 l1
1
143 0
2
0 171 0 1
0 164 0 1
1
end_operator
begin_operator
swim d0 t8 l1 l0
1
143 0
2
0 171 1 0
0 164 0 1
1
end_operator
begin_operator
swim d0 t8 l1 l2
1
143 0
2
0 171 1 2
0 164 0 1
1
end_operator
begin_operator
swim d0 t8 l1 l4
1
143 0
2
0 171 1 4
0 164 0 1
1
end_operator
begin_operator
swim d0 t8 l1 l5
1
143 0
2
0 171 1 5
0 164 0 1
1
end_operator
begin_operator
swim d0 t8 l2 l1
1
143 0
2
0 171 2 1
0 164 0 1
1
end_operator
begin_operator
swim d0 t8 l2 l3
1
143 0
2
0 171 2 3
0 164 0 1
1
end_operator
begin_operator
swim d0 t8 l3 l2
1
143 0
2
0 171 3 2
0 164 0 1
1
end_operator
begin_operator
swim d0 t8 l4 l1
1
143 0
2
0 171 4 1
0 164 0 1
1
end_operator
begin_operator
swim d0 t8 l5 l1
1
143 0
2
0 171 5 1
0 164 0 1
1
end_operator
begin_operator
swim d0 t9 l0 l1
1
147 0
2
0 171 0 1
0 165 0 1
1
end_operator
begin_operator
swim d0 t9 l1 l0
1
147 0
2
0 171 1 0
0 165 0 1
1
end_operator
begin_operator
swim d0 t9 l1 l2
1
147 0
2
0 171 1 2
0 165 0 1
1
end_operator
begin_operator
swim d0 t9 l1 l4
1
147 0
2
0 171 1 4
0 165 0 1
1
end_operator
begin_operator
swim d0 t9 l1 l5
1
147 0
2
0 171 1 5
0 165 0 1
1
end_operator
begin_operator
swim d0 t9 l2 l1
1
147 0
2
0 171 2 1
0 165 0 1
1
end_operator
begin_operator
swim d0 t9 l2 l3
1
147 0
2
0 171 2 3
0 165 0 1
1
end_operator
begin_operator
swim d0 t9 l3 l2
1
147 0
2
0 171 3 2
0 165 0 1
1
end_operator
begin_operator
swim d0 t9 l4 l1
1
147 0
2
0 171 4 1
0 165 0 1
1
end_operator
begin_operator
swim d0 t9 l5 l1
1
147 0
2
0 171 5 1
0 165 0 1
1
end_operator
begin_operator
swim d1 t0 l0 l1
1
92 0
2
0 172 0 1
0 151 0 1
1
end_operator
begin_operator
swim d1 t0 l1 l0
1
92 0
2
0 172 1 0
0 151 0 1
1
end_operator
begin_operator
swim d1 t0 l1 l2
1
92 0
2
0 172 1 2
0 151 0 1
1
end_operator
begin_operator
swim d1 t0 l1 l4
1
92 0
2
0 172 1 4
0 151 0 1
1
end_operator
begin_operator
swim d1 t0 l1 l5
1
92 0
2
0 172 1 5
0 151 0 1
1
end_operator
begin_operator
swim d1 t0 l2 l1
1
92 0
2
0 172 2 1
0 151 0 1
1
end_operator
begin_operator
swim d1 t0 l2 l3
1
92 0
2
0 172 2 3
0 151 0 1
1
end_operator
begin_operator
swim d1 t0 l3 l2
1
92 0
2
0 172 3 2
0 151 0 1
1
end_operator
begin_operator
swim d1 t0 l4 l1
1
92 0
2
0 172 4 1
0 151 0 1
1
end_operator
begin_operator
swim d1 t0 l5 l1
1
92 0
2
0 172 5 1
0 151 0 1
1
end_operator
begin_operator
swim d1 t1 l0 l1
1
96 0
2
0 172 0 1
0 152 0 1
1
end_operator
begin_operator
swim d1 t1 l1 l0
1
96 0
2
0 172 1 0
0 152 0 1
1
end_operator
begin_operator
swim d1 t1 l1 l2
1
96 0
2
0 172 1 2
0 152 0 1
1
end_operator
begin_operator
swim d1 t1 l1 l4
1
96 0
2
0 172 1 4
0 152 0 1
1
end_operator
begin_operator
swim d1 t1 l1 l5
1
96 0
2
0 172 1 5
0 152 0 1
1
end_operator
begin_operator
swim d1 t1 l2 l1
1
96 0
2
0 172 2 1
0 152 0 1
1
end_operator
begin_operator
swim d1 t1 l2 l3
1
96 0
2
0 172 2 3
0 152 0 1
1
end_operator
begin_operator
swim d1 t1 l3 l2
1
96 0
2
0 172 3 2
0 152 0 1
1
end_operator
begin_operator
swim d1 t1 l4 l1
1
96 0
2
0 172 4 1
0 152 0 1
1
end_operator
begin_operator
swim d1 t1 l5 l1
1
96 0
2
0 172 5 1
0 152 0 1
1
end_operator
begin_operator
swim d1 t10 l0 l1
1
100 0
2
0 172 0 1
0 153 0 1
1
end_operator
begin_operator
swim d1 t10 l1 l0
1
100 0
2
0 172 1 0
0 153 0 1
1
end_operator
begin_operator
swim d1 t10 l1 l2
1
100 0
2
0 172 1 2
0 153 0 1
1
end_operator
begin_operator
swim d1 t10 l1 l4
1
100 0
2
0 172 1 4
0 153 0 1
1
end_operator
begin_operator
swim d1 t10 l1 l5
1
100 0
2
0 172 1 5
0 153 0 1
1
end_operator
begin_operator
swim d1 t10 l2 l1
1
100 0
2
0 172 2 1
0 153 0 1
1
end_operator
begin_operator
swim d1 t10 l2 l3
1
100 0
2
0 172 2 3
0 153 0 1
1
end_operator
begin_operator
swim d1 t10 l3 l2
1
100 0
2
0 172 3 2
0 153 0 1
1
end_operator
begin_operator
swim d1 t10 l4 l1
1
100 0
2
0 172 4 1
0 153 0 1
1
end_operator
begin_operator
swim d1 t10 l5 l1
1
100 0
2
0 172 5 1
0 153 0 1
1
end_operator
begin_operator
swim d1 t11 l0 l1
1
104 0
2
0 172 0 1
0 154 0 1
1
end_operator
begin_operator
swim d1 t11 l1 l0
1
104 0
2
0 172 1 0
0 154 0 1
1
end_operator
begin_operator
swim d1 t11 l1 l2
1
104 0
2
0 172 1 2
0 154 0 1
1
end_operator
begin_operator
swim d1 t11 l1 l4
1
104 0
2
0 172 1 4
0 154 0 1
1
end_operator
begin_operator
swim d1 t11 l1 l5
1
104 0
2
0 172 1 5
0 154 0 1
1
end_operator
begin_operator
swim d1 t11 l2 l1
1
104 0
2
0 172 2 1
0 154 0 1
1
end_operator
begin_operator
swim d1 t11 l2 l3
1
104 0
2
0 172 2 3
0 154 0 1
1
end_operator
begin_operator
swim d1 t11 l3 l2
1
104 0
2
0 172 3 2
0 154 0 1
1
end_operator
begin_operator
swim d1 t11 l4 l1
1
104 0
2
0 172 4 1
0 154 0 1
1
end_operator
begin_operator
swim d1 t11 l5 l1
1
104 0
2
0 172 5 1
0 154 0 1
1
end_operator
begin_operator
swim d1 t12 l0 l1
1
108 0
2
0 172 0 1
0 155 0 1
1
end_operator
begin_operator
swim d1 t12 l1 l0
1
108 0
2
0 172 1 0
0 155 0 1
1
end_operator
begin_operator
swim d1 t12 l1 l2
1
108 0
2
0 172 1 2
0 155 0 1
1
end_operator
begin_operator
swim d1 t12 l1 l4
1
108 0
2
0 172 1 4
0 155 0 1
1
end_operator
begin_operator
swim d1 t12 l1 l5
1
108 0
2
0 172 1 5
0 155 0 1
1
end_operator
begin_operator
swim d1 t12 l2 l1
1
108 0
2
0 172 2 1
0 155 0 1
1
end_operator
begin_operator
swim d1 t12 l2 l3
1
108 0
2
0 172 2 3
0 155 0 1
1
end_operator
begin_operator
swim d1 t12 l3 l2
1
108 0
2
0 172 3 2
0 155 0 1
1
end_operator
begin_operator
swim d1 t12 l4 l1
1
108 0
2
0 172 4 1
0 155 0 1
1
end_operator
begin_operator
swim d1 t12 l5 l1
1
108 0
2
0 172 5 1
0 155 0 1
1
end_operator
begin_operator
swim d1 t13 l0 l1
1
112 0
2
0 172 0 1
0 156 0 1
1
end_operator
begin_operator
swim d1 t13 l1 l0
1
112 0
2
0 172 1 0
0 156 0 1
1
end_operator
begin_operator
swim d1 t13 l1 l2
1
112 0
2
0 172 1 2
0 156 0 1
1
end_operator
begin_operator
swim d1 t13 l1 l4
1
112 0
2
0 172 1 4
0 156 0 1
1
end_operator
begin_operator
swim d1 t13 l1 l5
1
112 0
2
0 172 1 5
0 156 0 1
1
end_operator
begin_operator
swim d1 t13 l2 l1
1
112 0
2
0 172 2 1
0 156 0 1
1
end_operator
begin_operator
swim d1 t13 l2 l3
1
112 0
2
0 172 2 3
0 156 0 1
1
end_operator
begin_operator
swim d1 t13 l3 l2
1
112 0
2
0 172 3 2
0 156 0 1
1
end_operator
begin_operator
swim d1 t13 l4 l1
1
112 0
2
0 172 4 1
0 156 0 1
1
end_operator
begin_operator
swim d1 t13 l5 l1
1
112 0
2
0 172 5 1
0 156 0 1
1
end_operator
begin_operator
swim d1 t14 l0 l1
1
116 0
2
0 172 0 1
0 157 0 1
1
end_operator
begin_operator
swim d1 t14 l1 l0
1
116 0
2
0 172 1 0
0 157 0 1
1
end_operator
begin_operator
swim d1 t14 l1 l2
1
116 0
2
0 172 1 2
0 157 0 1
1
end_operator
begin_operator
swim d1 t14 l1 l4
1
116 0
2
0 172 1 4
0 157 0 1
1
end_operator
begin_operator
swim d1 t14 l1 l5
1
116 0
2
0 172 1 5
0 157 0 1
1
end_operator
begin_operator
swim d1 t14 l2 l1
1
116 0
2
0 172 2 1
0 157 0 1
1
end_operator
begin_operator
swim d1 t14 l2 l3
1
116 0
2
0 172 2 3
0 157 0 1
1
end_operator
begin_operator
swim d1 t14 l3 l2
1
116 0
2
0 172 3 2
0 157 0 1
1
end_operator
begin_operator
swim d1 t14 l4 l1
1
116 0
2
0 172 4 1
0 157 0 1
1
end_operator
begin_operator
swim d1 t14 l5 l1
1
116 0
2
0 172 5 1
0 157 0 1
1
end_operator
begin_operator
swim d1 t2 l0 l1
1
120 0
2
0 172 0 1
0 158 0 1
1
end_operator
begin_operator
swim d1 t2 l1 l0
1
120 0
2
0 172 1 0
0 158 0 1
1
end_operator
begin_operator
swim d1 t2 l1 l2
1
120 0
2
0 172 1 2
0 158 0 1
1
end_operator
begin_operator
swim d1 t2 l1 l4
1
120 0
2
0 172 1 4
0 158 0 1
1
end_operator
begin_operator
swim d1 t2 l1 l5
1
120 0
2
0 172 1 5
0 158 0 1
1
end_operator
begin_operator
swim d1 t2 l2 l1
1
120 0
2
0 172 2 1
0 158 0 1
1
end_operator
begin_operator
swim d1 t2 l2 l3
1
120 0
2
0 172 2 3
0 158 0 1
1
end_operator
begin_operator
swim d1 t2 l3 l2
1
120 0
2
0 172 3 2
0 158 0 1
1
end_operator
begin_operator
swim d1 t2 l4 l1
1
120 0
2
0 172 4 1
0 158 0 1
1
end_operator
begin_operator
swim d1 t2 l5 l1
1
120 0
2
0 172 5 1
0 158 0 1
1
end_operator
begin_operator
swim d1 t3 l0 l1
1
124 0
2
0 172 0 1
0 159 0 1
1
end_operator
begin_operator
swim d1 t3 l1 l0
1
124 0
2
0 172 1 0
0 159 0 1
1
end_operator
begin_operator
swim d1 t3 l1 l2
1
124 0
2
0 172 1 2
0 159 0 1
1
end_operator
begin_operator
swim d1 t3 l1 l4
1
124 0
2
0 172 1 4
0 159 0 1
1
end_operator
begin_operator
swim d1 t3 l1 l5
1
124 0
2
0 172 1 5
0 159 0 1
1
end_operator
begin_operator
swim d1 t3 l2 l1
1
124 0
2
0 172 2 1
0 159 0 1
1
end_operator
begin_operator
swim d1 t3 l2 l3
1
124 0
2
0 172 2 3
0 159 0 1
1
end_operator
begin_operator
swim d1 t3 l3 l2
1
124 0
2
0 172 3 2
0 159 0 1
1
end_operator
begin_operator
swim d1 t3 l4 l1
1
124 0
2
0 172 4 1
0 159 0 1
1
end_operator
begin_operator
swim d1 t3 l5 l1
1
124 0
2
0 172 5 1
0 159 0 1
1
end_operator
begin_operator
swim d1 t4 l0 l1
1
128 0
2
0 172 0 1
0 160 0 1
1
end_operator
begin_operator
swim d1 t4 l1 l0
1
128 0
2
0 172 1 0
0 160 0 1
1
end_operator
begin_operator
swim d1 t4 l1 l2
1
128 0
2
0 172 1 2
0 160 0 1
1
end_operator
begin_operator
swim d1 t4 l1 l4
1
128 0
2
0 172 1 4
0 160 0 1
1
end_operator
begin_operator
swim d1 t4 l1 l5
1
128 0
2
0 172 1 5
0 160 0 1
1
end_operator
begin_operator
swim d1 t4 l2 l1
1
128 0
2
0 172 2 1
0 160 0 1
1
end_operator
begin_operator
swim d1 t4 l2 l3
1
128 0
2
0 172 2 3
0 160 0 1
1
end_operator
begin_operator
swim d1 t4 l3 l2
1
128 0
2
0 172 3 2
0 160 0 1
1
end_operator
begin_operator
swim d1 t4 l4 l1
1
128 0
2
0 172 4 1
0 160 0 1
1
end_operator
begin_operator
swim d1 t4 l5 l1
1
128 0
2
0 172 5 1
0 160 0 1
1
end_operator
begin_operator
swim d1 t5 l0 l1
1
132 0
2
0 172 0 1
0 161 0 1
1
end_operator
begin_operator
swim d1 t5 l1 l0
1
132 0
2
0 172 1 0
0 161 0 1
1
end_operator
begin_operator
swim d1 t5 l1 l2
1
132 0
2
0 172 1 2
0 161 0 1
1
end_operator
begin_operator
swim d1 t5 l1 l4
1
132 0
2
0 172 1 4
0 161 0 1
1
end_operator
begin_operator
swim d1 t5 l1 l5
1
132 0
2
0 172 1 5
0 161 0 1
1
end_operator
begin_operator
swim d1 t5 l2 l1
1
132 0
2
0 172 2 1
0 161 0 1
1
end_operator
begin_operator
swim d1 t5 l2 l3
1
132 0
2
0 172 2 3
0 161 0 1
1
end_operator
begin_operator
swim d1 t5 l3 l2
1
132 0
2
0 172 3 2
0 161 0 1
1
end_operator
begin_operator
swim d1 t5 l4 l1
1
132 0
2
0 172 4 1
0 161 0 1
1
end_operator
begin_operator
swim d1 t5 l5 l1
1
132 0
2
0 172 5 1
0 161 0 1
1
end_operator
begin_operator
swim d1 t6 l0 l1
1
136 0
2
0 172 0 1
0 162 0 1
1
end_operator
begin_operator
swim d1 t6 l1 l0
1
136 0
2
0 172 1 0
0 162 0 1
1
end_operator
begin_operator
swim d1 t6 l1 l2
1
136 0
2
0 172 1 2
0 162 0 1
1
end_operator
begin_operator
swim d1 t6 l1 l4
1
136 0
2
0 172 1 4
0 162 0 1
1
end_operator
begin_operator
swim d1 t6 l1 l5
1
136 0
2
0 172 1 5
0 162 0 1
1
end_operator
begin_operator
swim d1 t6 l2 l1
1
136 0
2
0 172 2 1
0 162 0 1
1
end_operator
begin_operator
swim d1 t6 l2 l3
1
136 0
2
0 172 2 3
0 162 0 1
1
end_operator
begin_operator
swim d1 t6 l3 l2
1
136 0
2
0 172 3 2
0 162 0 1
1
end_operator
begin_operator
swim d1 t6 l4 l1
1
136 0
2
0 172 4 1
0 162 0 1
1
end_operator
begin_operator
swim d1 t6 l5 l1
1
136 0
2
0 172 5 1
0 162 0 1
1
end_operator
begin_operator
swim d1 t7 l0 l1
1
140 0
2
0 172 0 1
0 163 0 1
1
end_operator
begin_operator
swim d1 t7 l1 l0
1
140 0
2
0 172 1 0
0 163 0 1
1
end_operator
begin_operator
swim d1 t7 l1 l2
1
140 0
2
0 172 1 2
0 163 0 1
1
end_operator
begin_operator
swim d1 t7 l1 l4
1
140 0
2
0 172 1 4
0 163 0 1
1
end_operator
begin_operator
swim d1 t7 l1 l5
1
140 0
2
0 172 1 5
0 163 0 1
1
end_operator
begin_operator
swim d1 t7 l2 l1
1
140 0
2
0 172 2 1
0 163 0 1
1
end_operator
begin_operator
swim d1 t7 l2 l3
1
140 0
2
0 172 2 3
0 163 0 1
1
end_operator
begin_operator
swim d1 t7 l3 l2
1
140 0
2
0 172 3 2
0 163 0 1
1
end_operator
begin_operator
swim d1 t7 l4 l1
1
140 0
2
0 172 4 1
0 163 0 1
1
end_operator
begin_operator
swim d1 t7 l5 l1
1
140 0
2
0 172 5 1
0 163 0 1
1
end_operator
begin_operator
swim d1 t8 l0 l1
1
144 0
2
0 172 0 1
0 164 0 1
1
end_operator
begin_operator
swim d1 t8 l1 l0
1
144 0
2
0 172 1 0
0 164 0 1
1
end_operator
begin_operator
swim d1 t8 l1 l2
1
144 0
2
0 172 1 2
0 164 0 1
1
end_operator
begin_operator
swim d1 t8 l1 l4
1
144 0
2
0 172 1 4
0 164 0 1
1
end_operator
begin_operator
swim d1 t8 l1 l5
1
144 0
2
0 172 1 5
0 164 0 1
1
end_operator
begin_operator
swim d1 t8 l2 l1
1
144 0
2
0 172 2 1
0 164 0 1
1
end_operator
begin_operator
swim d1 t8 l2 l3
1
144 0
2
0 172 2 3
0 164 0 1
1
end_operator
begin_operator
swim d1 t8 l3 l2
1
144 0
2
0 172 3 2
0 164 0 1
1
end_operator
begin_operator
swim d1 t8 l4 l1
1
144 0
2
0 172 4 1
0 164 0 1
1
end_operator
begin_operator
swim d1 t8 l5 l1
1
144 0
2
0 172 5 1
0 164 0 1
1
end_operator
begin_operator
swim d1 t9 l0 l1
1
148 0
2
0 172 0 1
0 165 0 1
1
end_operator
begin_operator
swim d1 t9 l1 l0
1
148 0
2
0 172 1 0
0 165 0 1
1
end_operator
begin_operator
swim d1 t9 l1 l2
1
148 0
2
0 172 1 2
0 165 0 1
1
end_operator
begin_operator
swim d1 t9 l1 l4
1
148 0
2
0 172 1 4
0 165 0 1
1
end_operator
begin_operator
swim d1 t9 l1 l5
1
148 0
2
0 172 1 5
0 165 0 1
1
end_operator
begin_operator
swim d1 t9 l2 l1
1
148 0
2
0 172 2 1
0 165 0 1
1
end_operator
begin_operator
swim d1 t9 l2 l3
1
148 0
2
0 172 2 3
0 165 0 1
1
end_operator
begin_operator
swim d1 t9 l3 l2
1
148 0
2
0 172 3 2
0 165 0 1
1
end_operator
begin_operator
swim d1 t9 l4 l1
1
148 0
2
0 172 4 1
0 165 0 1
1
end_operator
begin_operator
swim d1 t9 l5 l1
1
148 0
2
0 172 5 1
0 165 0 1
1
end_operator
begin_operator
swim d2 t0 l0 l1
1
93 0
2
0 173 0 1
0 151 0 1
1
end_operator
begin_operator
swim d2 t0 l1 l0
1
93 0
2
0 173 1 0
0 151 0 1
1
end_operator
begin_operator
swim d2 t0 l1 l2
1
93 0
2
0 173 1 2
0 151 0 1
1
end_operator
begin_operator
swim d2 t0 l1 l4
1
93 0
2
0 173 1 4
0 151 0 1
1
end_operator
begin_operator
swim d2 t0 l1 l5
1
93 0
2
0 173 1 5
0 151 0 1
1
end_operator
begin_operator
swim d2 t0 l2 l1
1
93 0
2
0 173 2 1
0 151 0 1
1
end_operator
begin_operator
swim d2 t0 l2 l3
1
93 0
2
0 173 2 3
0 151 0 1
1
end_operator
begin_operator
swim d2 t0 l3 l2
1
93 0
2
0 173 3 2
0 151 0 1
1
end_operator
begin_operator
swim d2 t0 l4 l1
1
93 0
2
0 173 4 1
0 151 0 1
1
end_operator
begin_operator
swim d2 t0 l5 l1
1
93 0
2
0 173 5 1
0 151 0 1
1
end_operator
begin_operator
swim d2 t1 l0 l1
1
97 0
2
0 173 0 1
0 152 0 1
1
end_operator
begin_operator
swim d2 t1 l1 l0
1
97 0
2
0 173 1 0
0 152 0 1
1
end_operator
begin_operator
swim d2 t1 l1 l2
1
97 0
2
0 173 1 2
0 152 0 1
1
end_operator
begin_operator
swim d2 t1 l1 l4
1
97 0
2
0 173 1 4
0 152 0 1
1
end_operator
begin_operator
swim d2 t1 l1 l5
1
97 0
2
0 173 1 5
0 152 0 1
1
end_operator
begin_operator
swim d2 t1 l2 l1
1
97 0
2
0 173 2 1
0 152 0 1
1
end_operator
begin_operator
swim d2 t1 l2 l3
1
97 0
2
0 173 2 3
0 152 0 1
1
end_operator
begin_operator
swim d2 t1 l3 l2
1
97 0
2
0 173 3 2
0 152 0 1
1
end_operator
begin_operator
swim d2 t1 l4 l1
1
97 0
2
0 173 4 1
0 152 0 1
1
end_operator
begin_operator
swim d2 t1 l5 l1
1
97 0
2
0 173 5 1
0 152 0 1
1
end_operator
begin_operator
swim d2 t10 l0 l1
1
101 0
2
0 173 0 1
0 153 0 1
1
end_operator
begin_operator
swim d2 t10 l1 l0
1
101 0
2
0 173 1 0
0 153 0 1
1
end_operator
begin_operator
swim d2 t10 l1 l2
1
101 0
2
0 173 1 2
0 153 0 1
1
end_operator
begin_operator
swim d2 t10 l1 l4
1
101 0
2
0 173 1 4
0 153 0 1
1
end_operator
begin_operator
swim d2 t10 l1 l5
1
101 0
2
0 173 1 5
0 153 0 1
1
end_operator
begin_operator
swim d2 t10 l2 l1
1
101 0
2
0 173 2 1
0 153 0 1
1
end_operator
begin_operator
swim d2 t10 l2 l3
1
101 0
2
0 173 2 3
0 153 0 1
1
end_operator
begin_operator
swim d2 t10 l3 l2
1
101 0
2
0 173 3 2
0 153 0 1
1
end_operator
begin_operator
swim d2 t10 l4 l1
1
101 0
2
0 173 4 1
0 153 0 1
1
end_operator
begin_operator
swim d2 t10 l5 l1
1
101 0
2
0 173 5 1
0 153 0 1
1
end_operator
begin_operator
swim d2 t11 l0 l1
1
105 0
2
0 173 0 1
0 154 0 1
1
end_operator
begin_operator
swim d2 t11 l1 l0
1
105 0
2
0 173 1 0
0 154 0 1
1
end_operator
begin_operator
swim d2 t11 l1 l2
1
105 0
2
0 173 1 2
0 154 0 1
1
end_operator
begin_operator
swim d2 t11 l1 l4
1
105 0
2
0 173 1 4
0 154 0 1
1
end_operator
begin_operator
swim d2 t11 l1 l5
1
105 0
2
0 173 1 5
0 154 0 1
1
end_operator
begin_operator
swim d2 t11 l2 l1
1
105 0
2
0 173 2 1
0 154 0 1
1
end_operator
begin_operator
swim d2 t11 l2 l3
1
105 0
2
0 173 2 3
0 154 0 1
1
end_operator
begin_operator
swim d2 t11 l3 l2
1
105 0
2
0 173 3 2
0 154 0 1
1
end_operator
begin_operator
swim d2 t11 l4 l1
1
105 0
2
0 173 4 1
0 154 0 1
1
end_operator
begin_operator
swim d2 t11 l5 l1
1
105 0
2
0 173 5 1
0 154 0 1
1
end_operator
begin_operator
swim d2 t12 l0 l1
1
109 0
2
0 173 0 1
0 155 0 1
1
end_operator
begin_operator
swim d2 t12 l1 l0
1
109 0
2
0 173 1 0
0 155 0 1
1
end_operator
begin_operator
swim d2 t12 l1 l2
1
109 0
2
0 173 1 2
0 155 0 1
1
end_operator
begin_operator
swim d2 t12 l1 l4
1
109 0
2
0 173 1 4
0 155 0 1
1
end_operator
begin_operator
swim d2 t12 l1 l5
1
109 0
2
0 173 1 5
0 155 0 1
1
end_operator
begin_operator
swim d2 t12 l2 l1
1
109 0
2
0 173 2 1
0 155 0 1
1
end_operator
begin_operator
swim d2 t12 l2 l3
1
109 0
2
0 173 2 3
0 155 0 1
1
end_operator
begin_operator
swim d2 t12 l3 l2
1
109 0
2
0 173 3 2
0 155 0 1
1
end_operator
begin_operator
swim d2 t12 l4 l1
1
109 0
2
0 173 4 1
0 155 0 1
1
end_operator
begin_operator
swim d2 t12 l5 l1
1
109 0
2
0 173 5 1
0 155 0 1
1
end_operator
begin_operator
swim d2 t13 l0 l1
1
113 0
2
0 173 0 1
0 156 0 1
1
end_operator
begin_operator
swim d2 t13 l1 l0
1
113 0
2
0 173 1 0
0 156 0 1
1
end_operator
begin_operator
swim d2 t13 l1 l2
1
113 0
2
0 173 1 2
0 156 0 1
1
end_operator
begin_operator
swim d2 t13 l1 l4
1
113 0
2
0 173 1 4
0 156 0 1
1
end_operator
begin_operator
swim d2 t13 l1 l5
1
113 0
2
0 173 1 5
0 156 0 1
1
end_operator
begin_operator
swim d2 t13 l2 l1
1
113 0
2
0 173 2 1
0 156 0 1
1
end_operator
begin_operator
swim d2 t13 l2 l3
1
113 0
2
0 173 2 3
0 156 0 1
1
end_operator
begin_operator
swim d2 t13 l3 l2
1
113 0
2
0 173 3 2
0 156 0 1
1
end_operator
begin_operator
swim d2 t13 l4 l1
1
113 0
2
0 173 4 1
0 156 0 1
1
end_operator
begin_operator
swim d2 t13 l5 l1
1
113 0
2
0 173 5 1
0 156 0 1
1
end_operator
begin_operator
swim d2 t14 l0 l1
1
117 0
2
0 173 0 1
0 157 0 1
1
end_operator
begin_operator
swim d2 t14 l1 l0
1
117 0
2
0 173 1 0
0 157 0 1
1
end_operator
begin_operator
swim d2 t14 l1 l2
1
117 0
2
0 173 1 2
0 157 0 1
1
end_operator
begin_operator
swim d2 t14 l1 l4
1
117 0
2
0 173 1 4
0 157 0 1
1
end_operator
begin_operator
swim d2 t14 l1 l5
1
117 0
2
0 173 1 5
0 157 0 1
1
end_operator
begin_operator
swim d2 t14 l2 l1
1
117 0
2
0 173 2 1
0 157 0 1
1
end_operator
begin_operator
swim d2 t14 l2 l3
1
117 0
2
0 173 2 3
0 157 0 1
1
end_operator
begin_operator
swim d2 t14 l3 l2
1
117 0
2
0 173 3 2
0 157 0 1
1
end_operator
begin_operator
swim d2 t14 l4 l1
1
117 0
2
0 173 4 1
0 157 0 1
1
end_operator
begin_operator
swim d2 t14 l5 l1
1
117 0
2
0 173 5 1
0 157 0 1
1
end_operator
begin_operator
swim d2 t2 l0 l1
1
121 0
2
0 173 0 1
0 158 0 1
1
end_operator
begin_operator
swim d2 t2 l1 l0
1
121 0
2
0 173 1 0
0 158 0 1
1
end_operator
begin_operator
swim d2 t2 l1 l2
1
121 0
2
0 173 1 2
0 158 0 1
1
end_operator
begin_operator
swim d2 t2 l1 l4
1
121 0
2
0 173 1 4
0 158 0 1
1
end_operator
begin_operator
swim d2 t2 l1 l5
1
121 0
2
0 173 1 5
0 158 0 1
1
end_operator
begin_operator
swim d2 t2 l2 l1
1
121 0
2
0 173 2 1
0 158 0 1
1
end_operator
begin_operator
swim d2 t2 l2 l3
1
121 0
2
0 173 2 3
0 158 0 1
1
end_operator
begin_operator
swim d2 t2 l3 l2
1
121 0
2
0 173 3 2
0 158 0 1
1
end_operator
begin_operator
swim d2 t2 l4 l1
1
121 0
2
0 173 4 1
0 158 0 1
1
end_operator
begin_operator
swim d2 t2 l5 l1
1
121 0
2
0 173 5 1
0 158 0 1
1
end_operator
begin_operator
swim d2 t3 l0 l1
1
125 0
2
0 173 0 1
0 159 0 1
1
end_operator
begin_operator
swim d2 t3 l1 l0
1
125 0
2
0 173 1 0
0 159 0 1
1
end_operator
begin_operator
swim d2 t3 l1 l2
1
125 0
2
0 173 1 2
0 159 0 1
1
end_operator
begin_operator
swim d2 t3 l1 l4
1
125 0
2
0 173 1 4
0 159 0 1
1
end_operator
begin_operator
swim d2 t3 l1 l5
1
125 0
2
0 173 1 5
0 159 0 1
1
end_operator
begin_operator
swim d2 t3 l2 l1
1
125 0
2
0 173 2 1
0 159 0 1
1
end_operator
begin_operator
swim d2 t3 l2 l3
1
125 0
2
0 173 2 3
0 159 0 1
1
end_operator
begin_operator
swim d2 t3 l3 l2
1
125 0
2
0 173 3 2
0 159 0 1
1
end_operator
begin_operator
swim d2 t3 l4 l1
1
125 0
2
0 173 4 1
0 159 0 1
1
end_operator
begin_operator
swim d2 t3 l5 l1
1
125 0
2
0 173 5 1
0 159 0 1
1
end_operator
begin_operator
swim d2 t4 l0 l1
1
129 0
2
0 173 0 1
0 160 0 1
1
end_operator
begin_operator
swim d2 t4 l1 l0
1
129 0
2
0 173 1 0
0 160 0 1
1
end_operator
begin_operator
swim d2 t4 l1 l2
1
129 0
2
0 173 1 2
0 160 0 1
1
end_operator
begin_operator
swim d2 t4 l1 l4
1
129 0
2
0 173 1 4
0 160 0 1
1
end_operator
begin_operator
swim d2 t4 l1 l5
1
129 0
2
0 173 1 5
0 160 0 1
1
end_operator
begin_operator
swim d2 t4 l2 l1
1
129 0
2
0 173 2 1
0 160 0 1
1
end_operator
begin_operator
swim d2 t4 l2 l3
1
129 0
2
0 173 2 3
0 160 0 1
1
end_operator
begin_operator
swim d2 t4 l3 l2
1
129 0
2
0 173 3 2
0 160 0 1
1
end_operator
begin_operator
swim d2 t4 l4 l1
1
129 0
2
0 173 4 1
0 160 0 1
1
end_operator
begin_operator
swim d2 t4 l5 l1
1
129 0
2
0 173 5 1
0 160 0 1
1
end_operator
begin_operator
swim d2 t5 l0 l1
1
133 0
2
0 173 0 1
0 161 0 1
1
end_operator
begin_operator
swim d2 t5 l1 l0
1
133 0
2
0 173 1 0
0 161 0 1
1
end_operator
begin_operator
swim d2 t5 l1 l2
1
133 0
2
0 173 1 2
0 161 0 1
1
end_operator
begin_operator
swim d2 t5 l1 l4
1
133 0
2
0 173 1 4
0 161 0 1
1
end_operator
begin_operator
swim d2 t5 l1 l5
1
133 0
2
0 173 1 5
0 161 0 1
1
end_operator
begin_operator
swim d2 t5 l2 l1
1
133 0
2
0 173 2 1
0 161 0 1
1
end_operator
begin_operator
swim d2 t5 l2 l3
1
133 0
2
0 173 2 3
0 161 0 1
1
end_operator
begin_operator
swim d2 t5 l3 l2
1
133 0
2
0 173 3 2
0 161 0 1
1
end_operator
begin_operator
swim d2 t5 l4 l1
1
133 0
2
0 173 4 1
0 161 0 1
1
end_operator
begin_operator
swim d2 t5 l5 l1
1
133 0
2
0 173 5 1
0 161 0 1
1
end_operator
begin_operator
swim d2 t6 l0 l1
1
137 0
2
0 173 0 1
0 162 0 1
1
end_operator
begin_operator
swim d2 t6 l1 l0
1
137 0
2
0 173 1 0
0 162 0 1
1
end_operator
begin_operator
swim d2 t6 l1 l2
1
137 0
2
0 173 1 2
0 162 0 1
1
end_operator
begin_operator
swim d2 t6 l1 l4
1
137 0
2
0 173 1 4
0 162 0 1
1
end_operator
begin_operator
swim d2 t6 l1 l5
1
137 0
2
0 173 1 5
0 162 0 1
1
end_operator
begin_operator
swim d2 t6 l2 l1
1
137 0
2
0 173 2 1
0 162 0 1
1
end_operator
begin_operator
swim d2 t6 l2 l3
1
137 0
2
0 173 2 3
0 162 0 1
1
end_operator
begin_operator
swim d2 t6 l3 l2
1
137 0
2
0 173 3 2
0 162 0 1
1
end_operator
begin_operator
swim d2 t6 l4 l1
1
137 0
2
0 173 4 1
0 162 0 1
1
end_operator
begin_operator
swim d2 t6 l5 l1
1
137 0
2
0 173 5 1
0 162 0 1
1
end_operator
begin_operator
swim d2 t7 l0 l1
1
141 0
2
0 173 0 1
0 163 0 1
1
end_operator
begin_operator
swim d2 t7 l1 l0
1
141 0
2
0 173 1 0
0 163 0 1
1
end_operator
begin_operator
swim d2 t7 l1 l2
1
141 0
2
0 173 1 2
0 163 0 1
1
end_operator
begin_operator
swim d2 t7 l1 l4
1
141 0
2
0 173 1 4
0 163 0 1
1
end_operator
begin_operator
swim d2 t7 l1 l5
1
141 0
2
0 173 1 5
0 163 0 1
1
end_operator
begin_operator
swim d2 t7 l2 l1
1
141 0
2
0 173 2 1
0 163 0 1
1
end_operator
begin_operator
swim d2 t7 l2 l3
1
141 0
2
0 173 2 3
0 163 0 1
1
end_operator
begin_operator
swim d2 t7 l3 l2
1
141 0
2
0 173 3 2
0 163 0 1
1
end_operator
begin_operator
swim d2 t7 l4 l1
1
141 0
2
0 173 4 1
0 163 0 1
1
end_operator
begin_operator
swim d2 t7 l5 l1
1
141 0
2
0 173 5 1
0 163 0 1
1
end_operator
begin_operator
swim d2 t8 l0 l1
1
145 0
2
0 173 0 1
0 164 0 1
1
end_operator
begin_operator
swim d2 t8 l1 l0
1
145 0
2
0 173 1 0
0 164 0 1
1
end_operator
begin_operator
swim d2 t8 l1 l2
1
145 0
2
0 173 1 2
0 164 0 1
1
end_operator
begin_operator
swim d2 t8 l1 l4
1
145 0
2
0 173 1 4
0 164 0 1
1
end_operator
begin_operator
swim d2 t8 l1 l5
1
145 0
2
0 173 1 5
0 164 0 1
1
end_operator
begin_operator
swim d2 t8 l2 l1
1
145 0
2
0 173 2 1
0 164 0 1
1
end_operator
begin_operator
swim d2 t8 l2 l3
1
145 0
2
0 173 2 3
0 164 0 1
1
end_operator
begin_operator
swim d2 t8 l3 l2
1
145 0
2
0 173 3 2
0 164 0 1
1
end_operator
begin_operator
swim d2 t8 l4 l1
1
145 0
2
0 173 4 1
0 164 0 1
1
end_operator
begin_operator
swim d2 t8 l5 l1
1
145 0
2
0 173 5 1
0 164 0 1
1
end_operator
begin_operator
swim d2 t9 l0 l1
1
149 0
2
0 173 0 1
0 165 0 1
1
end_operator
begin_operator
swim d2 t9 l1 l0
1
149 0
2
0 173 1 0
0 165 0 1
1
end_operator
begin_operator
swim d2 t9 l1 l2
1
149 0
2
0 173 1 2
0 165 0 1
1
end_operator
begin_operator
swim d2 t9 l1 l4
1
149 0
2
0 173 1 4
0 165 0 1
1
end_operator
begin_operator
swim d2 t9 l1 l5
1
149 0
2
0 173 1 5
0 165 0 1
1
end_operator
begin_operator
swim d2 t9 l2 l1
1
149 0
2
0 173 2 1
0 165 0 1
1
end_operator
begin_operator
swim d2 t9 l2 l3
1
149 0
2
0 173 2 3
0 165 0 1
1
end_operator
begin_operator
swim d2 t9 l3 l2
1
149 0
2
0 173 3 2
0 165 0 1
1
end_operator
begin_operator
swim d2 t9 l4 l1
1
149 0
2
0 173 4 1
0 165 0 1
1
end_operator
begin_operator
swim d2 t9 l5 l1
1
149 0
2
0 173 5 1
0 165 0 1
1
end_operator
begin_operator
swim d3 t0 l0 l1
1
94 0
2
0 174 0 1
0 151 0 1
1
end_operator
begin_operator
swim d3 t0 l1 l0
1
94 0
2
0 174 1 0
0 151 0 1
1
end_operator
begin_operator
swim d3 t0 l1 l2
1
94 0
2
0 174 1 2
0 151 0 1
1
end_operator
begin_operator
swim d3 t0 l1 l4
1
94 0
2
0 174 1 4
0 151 0 1
1
end_operator
begin_operator
swim d3 t0 l1 l5
1
94 0
2
0 174 1 5
0 151 0 1
1
end_operator
begin_operator
swim d3 t0 l2 l1
1
94 0
2
0 174 2 1
0 151 0 1
1
end_operator
begin_operator
swim d3 t0 l2 l3
1
94 0
2
0 174 2 3
0 151 0 1
1
end_operator
begin_operator
swim d3 t0 l3 l2
1
94 0
2
0 174 3 2
0 151 0 1
1
end_operator
begin_operator
swim d3 t0 l4 l1
1
94 0
2
0 174 4 1
0 151 0 1
1
end_operator
begin_operator
swim d3 t0 l5 l1
1
94 0
2
0 174 5 1
0 151 0 1
1
end_operator
begin_operator
swim d3 t1 l0 l1
1
98 0
2
0 174 0 1
0 152 0 1
1
end_operator
begin_operator
swim d3 t1 l1 l0
1
98 0
2
0 174 1 0
0 152 0 1
1
end_operator
begin_operator
swim d3 t1 l1 l2
1
98 0
2
0 174 1 2
0 152 0 1
1
end_operator
begin_operator
swim d3 t1 l1 l4
1
98 0
2
0 174 1 4
0 152 0 1
1
end_operator
begin_operator
swim d3 t1 l1 l5
1
98 0
2
0 174 1 5
0 152 0 1
1
end_operator
begin_operator
swim d3 t1 l2 l1
1
98 0
2
0 174 2 1
0 152 0 1
1
end_operator
begin_operator
swim d3 t1 l2 l3
1
98 0
2
0 174 2 3
0 152 0 1
1
end_operator
begin_operator
swim d3 t1 l3 l2
1
98 0
2
0 174 3 2
0 152 0 1
1
end_operator
begin_operator
swim d3 t1 l4 l1
1
98 0
2
0 174 4 1
0 152 0 1
1
end_operator
begin_operator
swim d3 t1 l5 l1
1
98 0
2
0 174 5 1
0 152 0 1
1
end_operator
begin_operator
swim d3 t10 l0 l1
1
102 0
2
0 174 0 1
0 153 0 1
1
end_operator
begin_operator
swim d3 t10 l1 l0
1
102 0
2
0 174 1 0
0 153 0 1
1
end_operator
begin_operator
swim d3 t10 l1 l2
1
102 0
2
0 174 1 2
0 153 0 1
1
end_operator
begin_operator
swim d3 t10 l1 l4
1
102 0
2
0 174 1 4
0 153 0 1
1
end_operator
begin_operator
swim d3 t10 l1 l5
1
102 0
2
0 174 1 5
0 153 0 1
1
end_operator
begin_operator
swim d3 t10 l2 l1
1
102 0
2
0 174 2 1
0 153 0 1
1
end_operator
begin_operator
swim d3 t10 l2 l3
1
102 0
2
0 174 2 3
0 153 0 1
1
end_operator
begin_operator
swim d3 t10 l3 l2
1
102 0
2
0 174 3 2
0 153 0 1
1
end_operator
begin_operator
swim d3 t10 l4 l1
1
102 0
2
0 174 4 1
0 153 0 1
1
end_operator
begin_operator
swim d3 t10 l5 l1
1
102 0
2
0 174 5 1
0 153 0 1
1
end_operator
begin_operator
swim d3 t11 l0 l1
1
106 0
2
0 174 0 1
0 154 0 1
1
end_operator
begin_operator
swim d3 t11 l1 l0
1
106 0
2
0 174 1 0
0 154 0 1
1
end_operator
begin_operator
swim d3 t11 l1 l2
1
106 0
2
0 174 1 2
0 154 0 1
1
end_operator
begin_operator
swim d3 t11 l1 l4
1
106 0
2
0 174 1 4
0 154 0 1
1
end_operator
begin_operator
swim d3 t11 l1 l5
1
106 0
2
0 174 1 5
0 154 0 1
1
end_operator
begin_operator
swim d3 t11 l2 l1
1
106 0
2
0 174 2 1
0 154 0 1
1
end_operator
begin_operator
swim d3 t11 l2 l3
1
106 0
2
0 174 2 3
0 154 0 1
1
end_operator
begin_operator
swim d3 t11 l3 l2
1
106 0
2
0 174 3 2
0 154 0 1
1
end_operator
begin_operator
swim d3 t11 l4 l1
1
106 0
2
0 174 4 1
0 154 0 1
1
end_operator
begin_operator
swim d3 t11 l5 l1
1
106 0
2
0 174 5 1
0 154 0 1
1
end_operator
begin_operator
swim d3 t12 l0 l1
1
110 0
2
0 174 0 1
0 155 0 1
1
end_operator
begin_operator
swim d3 t12 l1 l0
1
110 0
2
0 174 1 0
0 155 0 1
1
end_operator
begin_operator
swim d3 t12 l1 l2
1
110 0
2
0 174 1 2
0 155 0 1
1
end_operator
begin_operator
swim d3 t12 l1 l4
1
110 0
2
0 174 1 4
0 155 0 1
1
end_operator
begin_operator
swim d3 t12 l1 l5
1
110 0
2
0 174 1 5
0 155 0 1
1
end_operator
begin_operator
swim d3 t12 l2 l1
1
110 0
2
0 174 2 1
0 155 0 1
1
end_operator
begin_operator
swim d3 t12 l2 l3
1
110 0
2
0 174 2 3
0 155 0 1
1
end_operator
begin_operator
swim d3 t12 l3 l2
1
110 0
2
0 174 3 2
0 155 0 1
1
end_operator
begin_operator
swim d3 t12 l4 l1
1
110 0
2
0 174 4 1
0 155 0 1
1
end_operator
begin_operator
swim d3 t12 l5 l1
1
110 0
2
0 174 5 1
0 155 0 1
1
end_operator
begin_operator
swim d3 t13 l0 l1
1
114 0
2
0 174 0 1
0 156 0 1
1
end_operator
begin_operator
swim d3 t13 l1 l0
1
114 0
2
0 174 1 0
0 156 0 1
1
end_operator
begin_operator
swim d3 t13 l1 l2
1
114 0
2
0 174 1 2
0 156 0 1
1
end_operator
begin_operator
swim d3 t13 l1 l4
1
114 0
2
0 174 1 4
0 156 0 1
1
end_operator
begin_operator
swim d3 t13 l1 l5
1
114 0
2
0 174 1 5
0 156 0 1
1
end_operator
begin_operator
swim d3 t13 l2 l1
1
114 0
2
0 174 2 1
0 156 0 1
1
end_operator
begin_operator
swim d3 t13 l2 l3
1
114 0
2
0 174 2 3
0 156 0 1
1
end_operator
begin_operator
swim d3 t13 l3 l2
1
114 0
2
0 174 3 2
0 156 0 1
1
end_operator
begin_operator
swim d3 t13 l4 l1
1
114 0
2
0 174 4 1
0 156 0 1
1
end_operator
begin_operator
swim d3 t13 l5 l1
1
114 0
2
0 174 5 1
0 156 0 1
1
end_operator
begin_operator
swim d3 t14 l0 l1
1
118 0
2
0 174 0 1
0 157 0 1
1
end_operator
begin_operator
swim d3 t14 l1 l0
1
118 0
2
0 174 1 0
0 157 0 1
1
end_operator
begin_operator
swim d3 t14 l1 l2
1
118 0
2
0 174 1 2
0 157 0 1
1
end_operator
begin_operator
swim d3 t14 l1 l4
1
118 0
2
0 174 1 4
0 157 0 1
1
end_operator
begin_operator
swim d3 t14 l1 l5
1
118 0
2
0 174 1 5
0 157 0 1
1
end_operator
begin_operator
swim d3 t14 l2 l1
1
118 0
2
0 174 2 1
0 157 0 1
1
end_operator
begin_operator
swim d3 t14 l2 l3
1
118 0
2
0 174 2 3
0 157 0 1
1
end_operator
begin_operator
swim d3 t14 l3 l2
1
118 0
2
0 174 3 2
0 157 0 1
1
end_operator
begin_operator
swim d3 t14 l4 l1
1
118 0
2
0 174 4 1
0 157 0 1
1
end_operator
begin_operator
swim d3 t14 l5 l1
1
118 0
2
0 174 5 1
0 157 0 1
1
end_operator
begin_operator
swim d3 t2 l0 l1
1
122 0
2
0 174 0 1
0 158 0 1
1
end_operator
begin_operator
swim d3 t2 l1 l0
1
122 0
2
0 174 1 0
0 158 0 1
1
end_operator
begin_operator
swim d3 t2 l1 l2
1
122 0
2
0 174 1 2
0 158 0 1
1
end_operator
begin_operator
swim d3 t2 l1 l4
1
122 0
2
0 174 1 4
0 158 0 1
1
end_operator
begin_operator
swim d3 t2 l1 l5
1
122 0
2
0 174 1 5
0 158 0 1
1
end_operator
begin_operator
swim d3 t2 l2 l1
1
122 0
2
0 174 2 1
0 158 0 1
1
end_operator
begin_operator
swim d3 t2 l2 l3
1
122 0
2
0 174 2 3
0 158 0 1
1
end_operator
begin_operator
swim d3 t2 l3 l2
1
122 0
2
0 174 3 2
0 158 0 1
1
end_operator
begin_operator
swim d3 t2 l4 l1
1
122 0
2
0 174 4 1
0 158 0 1
1
end_operator
begin_operator
swim d3 t2 l5 l1
1
122 0
2
0 174 5 1
0 158 0 1
1
end_operator
begin_operator
swim d3 t3 l0 l1
1
126 0
2
0 174 0 1
0 159 0 1
1
end_operator
begin_operator
swim d3 t3 l1 l0
1
126 0
2
0 174 1 0
0 159 0 1
1
end_operator
begin_operator
swim d3 t3 l1 l2
1
126 0
2
0 174 1 2
0 159 0 1
1
end_operator
begin_operator
swim d3 t3 l1 l4
1
126 0
2
0 174 1 4
0 159 0 1
1
end_operator
begin_operator
swim d3 t3 l1 l5
1
126 0
2
0 174 1 5
0 159 0 1
1
end_operator
begin_operator
swim d3 t3 l2 l1
1
126 0
2
0 174 2 1
0 159 0 1
1
end_operator
begin_operator
swim d3 t3 l2 l3
1
126 0
2
0 174 2 3
0 159 0 1
1
end_operator
begin_operator
swim d3 t3 l3 l2
1
126 0
2
0 174 3 2
0 159 0 1
1
end_operator
begin_operator
swim d3 t3 l4 l1
1
126 0
2
0 174 4 1
0 159 0 1
1
end_operator
begin_operator
swim d3 t3 l5 l1
1
126 0
2
0 174 5 1
0 159 0 1
1
end_operator
begin_operator
swim d3 t4 l0 l1
1
130 0
2
0 174 0 1
0 160 0 1
1
end_operator
begin_operator
swim d3 t4 l1 l0
1
130 0
2
0 174 1 0
0 160 0 1
1
end_operator
begin_operator
swim d3 t4 l1 l2
1
130 0
2
0 174 1 2
0 160 0 1
1
end_operator
begin_operator
swim d3 t4 l1 l4
1
130 0
2
0 174 1 4
0 160 0 1
1
end_operator
begin_operator
swim d3 t4 l1 l5
1
130 0
2
0 174 1 5
0 160 0 1
1
end_operator
begin_operator
swim d3 t4 l2 l1
1
130 0
2
0 174 2 1
0 160 0 1
1
end_operator
begin_operator
swim d3 t4 l2 l3
1
130 0
2
0 174 2 3
0 160 0 1
1
end_operator
begin_operator
swim d3 t4 l3 l2
1
130 0
2
0 174 3 2
0 160 0 1
1
end_operator
begin_operator
swim d3 t4 l4 l1
1
130 0
2
0 174 4 1
0 160 0 1
1
end_operator
begin_operator
swim d3 t4 l5 l1
1
130 0
2
0 174 5 1
0 160 0 1
1
end_operator
begin_operator
swim d3 t5 l0 l1
1
134 0
2
0 174 0 1
0 161 0 1
1
end_operator
begin_operator
swim d3 t5 l1 l0
1
134 0
2
0 174 1 0
0 161 0 1
1
end_operator
begin_operator
swim d3 t5 l1 l2
1
134 0
2
0 174 1 2
0 161 0 1
1
end_operator
begin_operator
swim d3 t5 l1 l4
1
134 0
2
0 174 1 4
0 161 0 1
1
end_operator
begin_operator
swim d3 t5 l1 l5
1
134 0
2
0 174 1 5
0 161 0 1
1
end_operator
begin_operator
swim d3 t5 l2 l1
1
134 0
2
0 174 2 1
0 161 0 1
1
end_operator
begin_operator
swim d3 t5 l2 l3
1
134 0
2
0 174 2 3
0 161 0 1
1
end_operator
begin_operator
swim d3 t5 l3 l2
1
134 0
2
0 174 3 2
0 161 0 1
1
end_operator
begin_operator
swim d3 t5 l4 l1
1
134 0
2
0 174 4 1
0 161 0 1
1
end_operator
begin_operator
swim d3 t5 l5 l1
1
134 0
2
0 174 5 1
0 161 0 1
1
end_operator
begin_operator
swim d3 t6 l0 l1
1
138 0
2
0 174 0 1
0 162 0 1
1
end_operator
begin_operator
swim d3 t6 l1 l0
1
138 0
2
0 174 1 0
0 162 0 1
1
end_operator
begin_operator
swim d3 t6 l1 l2
1
138 0
2
0 174 1 2
0 162 0 1
1
end_operator
begin_operator
swim d3 t6 l1 l4
1
138 0
2
0 174 1 4
0 162 0 1
1
end_operator
begin_operator
swim d3 t6 l1 l5
1
138 0
2
0 174 1 5
0 162 0 1
1
end_operator
begin_operator
swim d3 t6 l2 l1
1
138 0
2
0 174 2 1
0 162 0 1
1
end_operator
begin_operator
swim d3 t6 l2 l3
1
138 0
2
0 174 2 3
0 162 0 1
1
end_operator
begin_operator
swim d3 t6 l3 l2
1
138 0
2
0 174 3 2
0 162 0 1
1
end_operator
begin_operator
swim d3 t6 l4 l1
1
138 0
2
0 174 4 1
0 162 0 1
1
end_operator
begin_operator
swim d3 t6 l5 l1
1
138 0
2
0 174 5 1
0 162 0 1
1
end_operator
begin_operator
swim d3 t7 l0 l1
1
142 0
2
0 174 0 1
0 163 0 1
1
end_operator
begin_operator
swim d3 t7 l1 l0
1
142 0
2
0 174 1 0
0 163 0 1
1
end_operator
begin_operator
swim d3 t7 l1 l2
1
142 0
2
0 174 1 2
0 163 0 1
1
end_operator
begin_operator
swim d3 t7 l1 l4
1
142 0
2
0 174 1 4
0 163 0 1
1
end_operator
begin_operator
swim d3 t7 l1 l5
1
142 0
2
0 174 1 5
0 163 0 1
1
end_operator
begin_operator
swim d3 t7 l2 l1
1
142 0
2
0 174 2 1
0 163 0 1
1
end_operator
begin_operator
swim d3 t7 l2 l3
1
142 0
2
0 174 2 3
0 163 0 1
1
end_operator
begin_operator
swim d3 t7 l3 l2
1
142 0
2
0 174 3 2
0 163 0 1
1
end_operator
begin_operator
swim d3 t7 l4 l1
1
142 0
2
0 174 4 1
0 163 0 1
1
end_operator
begin_operator
swim d3 t7 l5 l1
1
142 0
2
0 174 5 1
0 163 0 1
1
end_operator
begin_operator
swim d3 t8 l0 l1
1
146 0
2
0 174 0 1
0 164 0 1
1
end_operator
begin_operator
swim d3 t8 l1 l0
1
146 0
2
0 174 1 0
0 164 0 1
1
end_operator
begin_operator
swim d3 t8 l1 l2
1
146 0
2
0 174 1 2
0 164 0 1
1
end_operator
begin_operator
swim d3 t8 l1 l4
1
146 0
2
0 174 1 4
0 164 0 1
1
end_operator
begin_operator
swim d3 t8 l1 l5
1
146 0
2
0 174 1 5
0 164 0 1
1
end_operator
begin_operator
swim d3 t8 l2 l1
1
146 0
2
0 174 2 1
0 164 0 1
1
end_operator
begin_operator
swim d3 t8 l2 l3
1
146 0
2
0 174 2 3
0 164 0 1
1
end_operator
begin_operator
swim d3 t8 l3 l2
1
146 0
2
0 174 3 2
0 164 0 1
1
end_operator
begin_operator
swim d3 t8 l4 l1
1
146 0
2
0 174 4 1
0 164 0 1
1
end_operator
begin_operator
swim d3 t8 l5 l1
1
146 0
2
0 174 5 1
0 164 0 1
1
end_operator
begin_operator
swim d3 t9 l0 l1
1
150 0
2
0 174 0 1
0 165 0 1
1
end_operator
begin_operator
swim d3 t9 l1 l0
1
150 0
2
0 174 1 0
0 165 0 1
1
end_operator
begin_operator
swim d3 t9 l1 l2
1
150 0
2
0 174 1 2
0 165 0 1
1
end_operator
begin_operator
swim d3 t9 l1 l4
1
150 0
2
0 174 1 4
0 165 0 1
1
end_operator
begin_operator
swim d3 t9 l1 l5
1
150 0
2
0 174 1 5
0 165 0 1
1
end_operator
begin_operator
swim d3 t9 l2 l1
1
150 0
2
0 174 2 1
0 165 0 1
1
end_operator
begin_operator
swim d3 t9 l2 l3
1
150 0
2
0 174 2 3
0 165 0 1
1
end_operator
begin_operator
swim d3 t9 l3 l2
1
150 0
2
0 174 3 2
0 165 0 1
1
end_operator
begin_operator
swim d3 t9 l4 l1
1
150 0
2
0 174 4 1
0 165 0 1
1
end_operator
begin_operator
swim d3 t9 l5 l1
1
150 0
2
0 174 5 1
0 165 0 1
1
end_operator
0
